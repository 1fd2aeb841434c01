/**
 * Draws the "show this at reception" card as a PNG with the 2D canvas, so a person can keep it in
 * their photos and show it with no signal. Nothing is fetched (system fonts only) and nothing
 * leaves the device. Lines wrap at the language's own word boundaries (`Intl.Segmenter`, so
 * scripts without spaces wrap too); right-to-left blocks are drawn from the right with the
 * canvas's own bidi, so Arabic stays in order beside English or Swedish.
 */
export interface CardImageLine {
  text: string;
  strong?: boolean;
  bullet?: boolean;
}

export interface CardImageBlock {
  lang: string;
  dir: 'ltr' | 'rtl';
  lines: CardImageLine[];
}

export interface CardImageContent {
  title: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  blocks: CardImageBlock[];
  footer: string;
}

const WIDTH = 1080;
const PAD = 64;
const BULLET_INDENT = 36;
const TEXT_SIZE = 32;
const LINE_HEIGHT = 1.45;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif';
const INK = '#0b0c0c';

type Context = CanvasRenderingContext2D;

/** A run of text with no spaces in it, split where the language allows a break (Chinese has no spaces). */
function piecesOf(run: string, lang: string): string[] {
  if (typeof Intl.Segmenter === 'function') return Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(run), (s) => s.segment);
  return Array.from(run);
}

/**
 * Splits text into lines no wider than `maxWidth` with the context's current font. Lines break at
 * spaces; only a run too long for a whole line is split further (at word boundaries, then at any
 * character), so a bracket or a hyphen never starts a line on its own in Arabic or English.
 */
export function wrapText(ctx: Context, text: string, lang: string, maxWidth: number): string[] {
  const fits = (candidate: string) => ctx.measureText(candidate.trimEnd()).width <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const add = (piece: string) => {
    if (fits(line + piece)) {
      line += piece;
      return;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = /^\s+$/.test(piece) ? '' : piece;
  };
  for (const token of text.split(/(\s+)/)) {
    if (!token) continue;
    if (fits(token)) {
      add(token);
      continue;
    }
    for (const piece of piecesOf(token, lang)) {
      add(piece);
      // One piece wider than a whole line (a long address): break it by characters.
      while (line.length > 1 && !fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Lays the card out; draws only when `draw` is true. Returns the height used. */
function layout(ctx: Context, content: CardImageContent, draw: boolean): number {
  let y = PAD;
  const textWidth = WIDTH - 2 * PAD;
  const write = (text: string, lang: string, dir: 'ltr' | 'rtl', size: number, weight: number, indent = 0, bullet = false) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    ctx.direction = dir;
    ctx.textAlign = 'start';
    const start = dir === 'rtl' ? WIDTH - PAD : PAD;
    const x = dir === 'rtl' ? start - indent : start + indent;
    const step = Math.round(size * LINE_HEIGHT);
    const lines = wrapText(ctx, text, lang, textWidth - indent);
    if (draw && bullet) ctx.fillText('•', start, y + size);
    for (const line of lines) {
      if (draw) ctx.fillText(line, x, y + size);
      y += step;
    }
  };

  write(content.title.text, content.title.lang, content.title.dir, 44, 700);
  y += 16;
  content.blocks.forEach((block, index) => {
    if (index > 0) {
      if (draw) ctx.fillRect(PAD, y, WIDTH - 2 * PAD, 3);
      y += 3 + 28;
    }
    for (const line of block.lines) {
      write(line.text, block.lang, block.dir, TEXT_SIZE, line.strong ? 700 : 400, line.bullet ? BULLET_INDENT : 0, line.bullet);
      y += 12;
    }
  });
  y += 12;
  write(content.footer, content.title.lang, content.title.dir, 24, 400);
  return y + PAD;
}

/** The card as a PNG. */
export async function drawCardImage(content: CardImageContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  const measure = canvas.getContext('2d')!;
  canvas.height = Math.ceil(layout(measure, content, false));
  const ctx = canvas.getContext('2d')!; // resizing reset the context's state
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  layout(ctx, content, true);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The card could not be drawn.'))), 'image/png'));
}
