import { describe, expect, it } from 'vitest';
import { FURNITURE_REASONS, furnitureReason } from '../../../src/lib/text/furniture.ts';

describe('page furniture', () => {
  it.each([
    ['Thứ hai, 24 Tháng 8 2015 09:39 / 6054 Lượt xem', FURNITURE_REASONS.counter],
    ['Thứ năm, 12/03/2020 - 15:20 | 2.431 lượt xem', FURNITURE_REASONS.counter],
    ['Lượt xem: 6054 | Bình luận: 0', FURNITURE_REASONS.counter],
    ['Trang chủ > Nghiên cứu - Trao đổi > Xây dựng Đảng', FURNITURE_REASONS.section],
    ['Chia sẻ: Facebook | Twitter | Email | In bài', FURNITURE_REASONS.comments],
    ['Thẻ: kết nạp đảng viên, tôn giáo', FURNITURE_REASONS.comments],
    ['Bài viết liên quan', FURNITURE_REASONS.comments],
    ['Chủ nhật, 7 Tháng 5 2017 14:02', FURNITURE_REASONS.stamp],
    ['Facebook  Zalo  In  Cỡ chữ A- A+', FURNITURE_REASONS.comments],
    ['1.287 Lượt xem', FURNITURE_REASONS.counter],
    ['Trang chủ    Tin tức    Đại hội chi bộ nhiệm kỳ mới', FURNITURE_REASONS.section],
  ])('%s is furniture', (line, reason) => expect(furnitureReason(line)).toBe(reason));

  it.each([
    'Năm 2019, 92,5% chi bộ duy trì sinh hoạt định kỳ hằng tháng.',
    'Toàn quận có 6.054 lượt người được tuyên truyền trong năm 2020.',
    'Ngày 09/08/2025',
    'In ấn tài liệu tuyên truyền được 1.200 bản.',
    'Trang chủ của phường có 120 bài viết mới trong năm.',
  ])('%s is text', (line) => expect(furnitureReason(line)).toBeUndefined());
});
