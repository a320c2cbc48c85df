import { countSyllables, isVietnameseSyllable } from "./syllables";

describe("isVietnameseSyllable", () => {
  it.each(["đạt", "không", "chưa", "phường", "nghiêng", "quý", "gì", "khuyến", "người", "Đạt"])(
    "accepts %j",
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );
  it.each(["khoâng", "coù", "ñaït", "coự", "đáạ", "tc07", "abc", "x", "k"])("rejects %j", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
  it("counts the syllables in a phrase", () => {
    expect(countSyllables("Công an phường điển hình, kiểu mẫu")).toBe(7);
  });
});
