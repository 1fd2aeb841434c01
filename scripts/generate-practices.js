#!/usr/bin/env node
/**
 * Generates a GeoJSON FeatureCollection of N invented GP practices, in the same format as
 * demo/data/practices.geojson, for tests and benchmarks of the Safe Surgery map.
 *
 *   node scripts/generate-practices.js <count> [outFile]      (default: stdout)
 *
 *   import { generatePractices } from './scripts/generate-practices.js';
 *   const collection = generatePractices(10_000, 42);
 *
 * Deterministic: the same count and seed always give the same file. Points are spread over Great
 * Britain, most of them clustered around ~30 city centres so that marker clustering behaves as it
 * would with real data (some points near coasts may fall in the sea: fine for tests). Names,
 * phone numbers (Ofcom's drama ranges) and check results are invented.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [name, lat, lng, weight (relative population), postcode area, Ofcom drama phone prefix]
const CITIES = [
  ['London', 51.5074, -0.1278, 30, 'SE', '020 7946 0'],
  ['Birmingham', 52.4862, -1.8904, 8, 'B', '0121 496 0'],
  ['Manchester', 53.4808, -2.2426, 8, 'M', '0161 496 0'],
  ['Leeds', 53.8008, -1.5491, 5, 'LS', '0113 496 0'],
  ['Glasgow', 55.8642, -4.2518, 5, 'G', '0141 496 0'],
  ['Liverpool', 53.4084, -2.9916, 4, 'L', '0151 496 0'],
  ['Newcastle upon Tyne', 54.9783, -1.6178, 4, 'NE', '0191 498 0'],
  ['Sheffield', 53.3811, -1.4701, 4, 'S', '0114 496 0'],
  ['Bristol', 51.4545, -2.5879, 4, 'BS', '0117 496 0'],
  ['Nottingham', 52.9548, -1.1581, 3, 'NG', '0115 496 0'],
  ['Edinburgh', 55.9533, -3.1883, 3, 'EH', '0131 496 0'],
  ['Leicester', 52.6369, -1.1398, 3, 'LE', '01632 960'],
  ['Cardiff', 51.4816, -3.1791, 3, 'CF', '029 2018 0'],
  ['Southampton', 50.9097, -1.4044, 2, 'SO', '01632 960'],
  ['Portsmouth', 50.8198, -1.088, 2, 'PO', '01632 960'],
  ['Brighton', 50.8225, -0.1372, 2, 'BN', '01632 960'],
  ['Coventry', 52.4068, -1.5197, 2, 'CV', '01632 960'],
  ['Bradford', 53.7960, -1.7594, 2, 'BD', '01632 960'],
  ['Stoke-on-Trent', 53.0027, -2.1794, 2, 'ST', '01632 960'],
  ['Hull', 53.7676, -0.3274, 2, 'HU', '01632 960'],
  ['Plymouth', 50.3755, -4.1427, 2, 'PL', '01632 960'],
  ['Reading', 51.4543, -0.9781, 2, 'RG', '0118 496 0'],
  ['Luton', 51.8787, -0.42, 1.5, 'LU', '01632 960'],
  ['Norwich', 52.6309, 1.2974, 1.5, 'NR', '01632 960'],
  ['Swansea', 51.6214, -3.9436, 1.5, 'SA', '01632 960'],
  ['Aberdeen', 57.1497, -2.0943, 1.5, 'AB', '01632 960'],
  ['Cambridge', 52.2053, 0.1218, 1.5, 'CB', '01632 960'],
  ['Oxford', 51.752, -1.2577, 1.5, 'OX', '01632 960'],
  ['Exeter', 50.7184, -3.5339, 1, 'EX', '01632 960'],
  ['Inverness', 57.4778, -4.2247, 0.7, 'IV', '01632 960'],
  ['Middlesbrough', 54.5742, -1.235, 1.5, 'TS', '01632 960'],
  ['Peterborough', 52.5695, -0.2405, 1, 'PE', '01632 960'],
];
const TOTAL_WEIGHT = CITIES.reduce((sum, c) => sum + c[3], 0);
const CUMULATIVE = [];
{
  let running = 0;
  for (const city of CITIES) CUMULATIVE.push((running += city[3] / TOTAL_WEIGHT));
}

const LANGUAGES = ['ar', 'bn', 'ur', 'pa', 'gu', 'hi', 'ta', 'tr', 'ku', 'fa', 'ps', 'so', 'ti', 'am', 'yo', 'ig', 'tw', 'fr', 'pt', 'es', 'pl', 'ro', 'lt', 'bg', 'uk', 'ru', 'vi', 'zh', 'ne', 'sq', 'cy', 'gd'];
const HOURS = [
  'Mo-Fr 08:00-18:30',
  'Mo-Fr 08:00-18:30',
  'Mo-Fr 08:00-18:30',
  'Mo-Fr 08:00-18:30; Sa 09:00-12:00',
  'Mo-Fr 08:00-18:30; Sa 09:00-12:00; Su off',
  'Mo,We,Th,Fr 08:00-18:30; Tu 08:00-20:00',
  'Mo-Fr 08:00-12:30,13:30-18:30',
  'Mo,Tu,We,Fr 08:00-18:30; Th 08:00-13:00',
];
const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Park Road', 'Mill Lane', 'Victoria Road', 'Green Lane', 'Queens Road', 'Market Street', 'North Road'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const BY = {
  en: 'Community volunteers (mystery-shopper visit)',
  vi: 'Tình nguyện viên cộng đồng (đóng vai khách hàng bí mật)',
  sv: 'Lokala volontärer (besök som anonym testpatient)',
  ru: 'Волонтёры из местного сообщества (проверка под видом пациента)',
  uk: 'Волонтери з місцевої громади (перевірка під виглядом пацієнта)',
  ar: 'متطوعون من المجتمع المحلي (زيارة بأسلوب «المتسوّق الخفي»)',
};
const NOTES = [
  {
    en: 'Ask at reception for the paper registration form. Walk-in registration on Tuesday mornings.',
    vi: 'Hãy hỏi quầy lễ tân để lấy mẫu đơn đăng ký bằng giấy. Sáng thứ Ba bạn có thể đến đăng ký trực tiếp mà không cần hẹn.',
    sv: 'Fråga i receptionen efter registreringsblanketten på papper. Drop-in-registrering på tisdagsförmiddagar.',
    ru: 'Попросите в регистратуре бумажную регистрационную форму. По вторникам утром можно прийти и зарегистрироваться без записи.',
    uk: 'Попросіть у реєстратурі паперову реєстраційну форму. У вівторок зранку можна прийти й зареєструватися без запису.',
    ar: 'اطلب من موظفي الاستقبال استمارة التسجيل الورقية. يمكنك الحضور للتسجيل دون موعد صباح كل يوم ثلاثاء.',
  },
  {
    en: 'The step-free entrance is on the side street.',
    vi: 'Lối vào không có bậc thềm nằm ở con phố bên hông.',
    sv: 'Ingången utan trappsteg ligger på sidogatan.',
    ru: 'Вход без ступенек — с боковой улицы.',
    uk: 'Вхід без сходинок — з бічної вулиці.',
    ar: 'المدخل الخالي من الدرج موجود في الشارع الجانبي.',
  },
  {
    en: 'You can register without any documents. Reception staff can help you fill in the form.',
    vi: 'Bạn có thể đăng ký mà không cần bất kỳ giấy tờ nào. Nhân viên lễ tân có thể giúp bạn điền mẫu đơn.',
    sv: 'Du kan registrera dig utan några dokument. Personalen i receptionen kan hjälpa dig att fylla i blanketten.',
    ru: 'Зарегистрироваться можно без каких-либо документов. В регистратуре помогут заполнить форму.',
    uk: 'Зареєструватися можна без жодних документів. У реєстратурі допоможуть заповнити форму.',
    ar: 'يمكنك التسجيل دون أي وثائق. ويمكن لموظفي الاستقبال مساعدتك في ملء الاستمارة.',
  },
];
const ABOUT = {
  en: 'Generated practices for tests and benchmarks. Everything is invented; locations are random.',
  vi: 'Các phòng khám được tạo tự động để kiểm thử và đo hiệu năng. Mọi thông tin đều là hư cấu; vị trí là ngẫu nhiên.',
  sv: 'Genererade vårdcentraler för tester och prestandamätningar. Allt är påhittat, och platserna är slumpmässiga.',
  ru: 'Сгенерированные практики для тестов и замеров производительности. Все данные вымышлены; местоположение случайное.',
  uk: 'Згенеровані практики для тестів і вимірювання продуктивності. Усі дані вигадано; розташування випадкове.',
  ar: 'عيادات مولَّدة آليًا لأغراض الاختبار وقياس الأداء. جميع البيانات افتراضية، والمواقع عشوائية.',
};

const round = (x, places) => Math.round(x * 10 ** places) / 10 ** places;
const pad = (n, width) => String(n).padStart(width, '0');

/**
 * @param {number} count how many practices
 * @param {number} [seed=1] PRNG seed; same seed, same output
 * @returns {{type: 'FeatureCollection', about: Record<string, string>, features: object[]}}
 */
export function generatePractices(count, seed = 1) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Standard normal (Box–Muller; one of the pair is enough here).
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const features = new Array(count);

  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const u = random();
    let c = 0;
    while (CUMULATIVE[c] < u) c++;
    const [city, cityLat, cityLng, weight, area, phonePrefix] = CITIES[c];
    // 75% urban (sigma grows with city size), 25% in the surrounding region (~25 km).
    const sigmaKm = random() < 0.75 ? 2 + Math.sqrt(weight) * 1.5 : 25;
    const lat = cityLat + (gaussian() * sigmaKm) / 111.2;
    const lng = cityLng + (gaussian() * sigmaKm) / (111.2 * Math.cos((cityLat * Math.PI) / 180));

    const safeSurgery = random() < 0.7;
    const properties = {
      id: `g${n}`,
      name: `Generated Practice ${n}`,
      address: `${1 + Math.floor(random() * 200)} ${pick(STREETS)}, ${city}`,
      postcode: `${area}${1 + Math.floor(random() * 28)} ${Math.floor(random() * 10)}${pick(INWARD_LETTERS)}${pick(INWARD_LETTERS)}`,
      phone: `${phonePrefix}${pad(Math.floor(random() * 1000), 3)}`,
    };
    if (random() < 0.9) properties.website = `https://example.org/practices/g${n}`;
    properties.ods_code = `${String.fromCharCode(65 + (Math.floor(i / 100000) % 26))}${pad(i % 100000, 5)}`;
    properties.safe_surgery = safeSurgery;
    if (safeSurgery) properties.safe_surgery_since = String(2019 + Math.floor(random() * 6));
    if (random() < 0.6) {
      // Members mostly pass; non-members mostly ask for papers.
      const fail = safeSurgery ? 0.15 : 0.6;
      properties.last_check = {
        date: `${2023 + Math.floor(random() * 3)}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`,
        asked_for_id: random() < fail,
        asked_for_proof_of_address: random() < fail + 0.05,
        asked_immigration_status: random() < fail * 0.7,
        paper_form: random() >= fail + 0.1,
        interpreter_offered: random() < 0.9,
        by: BY,
      };
    }
    const languages = ['en'];
    for (let k = Math.floor(random() * 4); k > 0; k--) {
      const language = pick(LANGUAGES);
      if (!languages.includes(language)) languages.push(language);
    }
    properties.languages = languages;
    properties.step_free = random() < 0.85;
    properties.opening_hours = pick(HOURS);
    properties.safe_address = random() < 0.03;
    if (random() < 0.1) properties.notes = pick(NOTES);

    features[i] = { type: 'Feature', geometry: { type: 'Point', coordinates: [round(lng, 5), round(lat, 5)] }, properties };
  }
  return { type: 'FeatureCollection', about: ABOUT, features };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [countArg, outFile] = process.argv.slice(2);
  const count = Number(countArg);
  if (!countArg || !Number.isInteger(count) || count < 0) {
    console.error('Usage: node scripts/generate-practices.js <count> [outFile]');
    process.exit(2);
  }
  const json = JSON.stringify(generatePractices(count));
  if (outFile) {
    writeFileSync(outFile, json + '\n');
    console.error(`Wrote ${count} practices to ${outFile}`);
  } else {
    process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));
    process.stdout.write(json + '\n');
  }
}
