
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.config': `Phần này chưa được thiết lập đúng nên không thể hiển thị.`,
'error.data': `Không thể hiển thị thông tin này vì tệp dữ liệu có lỗi.`,
'error.http': str`Máy chủ không gửi được thông tin này (lỗi ${0}). Vui lòng thử lại sau.`,
'error.network': `Không tải được thông tin này. Vui lòng kiểm tra kết nối internet rồi thử lại.`,
'error.notFound': `Không tìm thấy thông tin này (lỗi 404).`,
'error.retry': `Thử lại`,
'error.timeout': `Tải mất quá nhiều thời gian. Vui lòng kiểm tra kết nối internet rồi thử lại.`,
'skipped.few': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'skipped.many': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'skipped.one': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'skipped.other': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'skipped.two': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'skipped.zero': str`Không thể hiển thị ${0} mục vì dữ liệu có lỗi.`,
'timeline.category.community': `Cộng đồng`,
'timeline.category.council': `Chính quyền địa phương`,
'timeline.category.culture': `Nghệ thuật và văn hóa`,
'timeline.category.education': `Giáo dục`,
'timeline.category.health': `Sức khỏe`,
'timeline.category.housing': `Nhà ở`,
'timeline.category.nhs': `NHS`,
'timeline.category.support': `Hỗ trợ và phúc lợi`,
'timeline.clearFilters': `Hiện tất cả sự kiện`,
'timeline.empty': `Chưa có sự kiện nào để hiển thị.`,
'timeline.eventCount.few': str`${0} sự kiện`,
'timeline.eventCount.many': str`${0} sự kiện`,
'timeline.eventCount.one': str`${0} sự kiện`,
'timeline.eventCount.other': str`${0} sự kiện`,
'timeline.eventCount.two': str`${0} sự kiện`,
'timeline.eventCount.zero': str`${0} sự kiện`,
'timeline.filter.allCategories': `Tất cả danh mục`,
'timeline.filter.allPlaces': `Tất cả địa điểm`,
'timeline.filter.category': `Danh mục`,
'timeline.filter.order': `Thứ tự`,
'timeline.filter.place': `Địa điểm`,
'timeline.label': `Dòng thời gian`,
'timeline.loading': `Đang tải dòng thời gian…`,
'timeline.noMatches': `Không có sự kiện nào phù hợp với các bộ lọc này.`,
'timeline.order.newest': `Từ mới đến cũ`,
'timeline.order.oldest': `Từ cũ đến mới`,
'timeline.readMore': `Đọc thêm`,
'timeline.showLess': `Thu gọn`,
'timeline.showMore': `Xem thêm`,
'timeline.yearNav': `Chuyển đến năm`,
    };
  