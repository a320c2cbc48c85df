import {
  CriteriaSetError,
  DEFAULT_CRITERIA_SET,
  criterionCodes,
  locateJsonError,
  parseCriteriaSetJson,
  validateCriteriaSet,
} from ".";
import { problemText } from "../../contracts/problem-text";

function makeSet(size: number, id = `test-${size}`) {
  return {
    id,
    version: "1",
    title: `Bộ ${size} tiêu chí`,
    groups: [{ id: "A", title: "Nhóm A" }],
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `TC${String(i + 1).padStart(2, "0")}`,
      group: "A",
      title: `Tiêu chí ${i + 1}`,
    })),
  };
}

describe("the default criteria set", () => {
  it("has the 22 criteria of QĐ 5764 in six groups, each with a short title, a full sentence and evidence", () => {
    expect(DEFAULT_CRITERIA_SET.criteria).toHaveLength(22);
    expect(DEFAULT_CRITERIA_SET.groups).toHaveLength(6);
    expect(criterionCodes(DEFAULT_CRITERIA_SET)).toEqual(
      Array.from({ length: 22 }, (_, i) => `TC${String(i + 1).padStart(2, "0")}`),
    );
    for (const criterion of DEFAULT_CRITERIA_SET.criteria) {
      expect(criterion.title.length).toBeGreaterThan(3);
      expect(criterion.text.length).toBeGreaterThan(criterion.title.length);
      expect(criterion.evidence).not.toBe("");
      expect(criterion.text).toBe(criterion.text.normalize("NFC"));
    }
    expect(new Set(DEFAULT_CRITERIA_SET.criteria.map((c) => c.group))).toEqual(
      new Set(DEFAULT_CRITERIA_SET.groups.map((g) => g.id)),
    );
  });

  it("is marked as reference wording to be checked against QĐ 5764/QĐ-BCA-V05", () => {
    expect(DEFAULT_CRITERIA_SET.referenceWording).toBe(true);
    expect(DEFAULT_CRITERIA_SET.source).toContain("5764/QĐ-BCA-V05");
    expect(DEFAULT_CRITERIA_SET.note).toMatch(/đối chiếu/u);
  });

  it("puts the party and people's committee emulation ranking in the leadership group", () => {
    const tc02 = DEFAULT_CRITERIA_SET.criteria[1];
    expect(tc02?.group).toBe(DEFAULT_CRITERIA_SET.groups[0]?.id);
    expect(tc02?.title).toMatch(/thi đua/u);
  });
});

describe("loading criteria sets from JSON", () => {
  it.each([20, 34, 5])("loads a set of %i criteria without code changes", (size) => {
    const set = parseCriteriaSetJson(JSON.stringify(makeSet(size)));
    expect(set.criteria).toHaveLength(size);
    expect(set.criteria[0]?.text).toBe("Tiêu chí 1");
  });

  it("normalises texts to NFC with single spaces, and codes to upper case", () => {
    const raw = makeSet(2);
    raw.title = "  Bộ   tiêu chí ".normalize("NFD");
    raw.criteria[0]!.code = "tc01";
    const set = validateCriteriaSet(raw);
    expect(set.title).toBe("Bộ tiêu chí");
    expect(set.criteria[0]?.code).toBe("TC01");
  });

  it("accepts a numeric version and a byte-order mark", () => {
    const set = parseCriteriaSetJson(`\uFEFF${JSON.stringify({ ...makeSet(3), version: 2 })}`);
    expect(set.version).toBe("2");
  });

  it("lists every problem, as data the pane renders in its language: duplicate codes, empty titles, unknown groups", () => {
    const raw = makeSet(4);
    raw.criteria[1]!.code = "TC01";
    raw.criteria[2]!.title = "  ";
    raw.criteria[3]!.group = "Z";
    try {
      validateCriteriaSet(raw);
      throw new Error("expected a CriteriaSetError");
    } catch (error) {
      expect(error).toBeInstanceOf(CriteriaSetError);
      const problems = (error as CriteriaSetError).problems;
      expect(problems.map((p) => p.code)).toEqual([
        "criteriaCodeDuplicate",
        "criteriaItemMissing",
        "criteriaUnknownGroup",
      ]);
      const texts = problems.map((p) => problemText(p, "vi"));
      expect(texts[0]?.message).toMatch(/"TC01" bị trùng/u);
      expect(texts[1]?.message).toMatch(/thiếu tên ngắn/u);
      expect(texts[2]?.message).toMatch(/nhóm "Z" không có/u);
      // Plain Vietnamese: no English field name in brackets after the message.
      for (const text of texts) expect(text.message).not.toMatch(/\("[a-z]+"\)/u);
    }
  });

  const problemOf = (json: string) => {
    try {
      parseCriteriaSetJson(json);
    } catch (error) {
      return (error as CriteriaSetError).problems[0];
    }
    throw new Error("expected a CriteriaSetError");
  };

  it.each([
    ["an array", "[]", "criteriaNotAnObject"],
    ["no criteria", JSON.stringify({ ...makeSet(1), criteria: [] }), "criteriaSetMissing"],
    ["no id", JSON.stringify({ ...makeSet(1), id: "" }), "criteriaSetMissing"],
    [
      "a bad code",
      JSON.stringify({ ...makeSet(1), criteria: [{ code: "TC 01", group: "A", title: "x" }] }),
      "criteriaCodeForm",
    ],
  ])("rejects %s with its problem", (_label, json, code) => {
    expect(problemOf(json)?.code).toBe(code);
  });

  it.each([
    ['{\n  "id": "x",\n  title: "y"\n}', 3, 3, "propertyName"],
    ['{ "id": "x", }', 1, 14, "trailingComma"],
    ['{ "id": "x" "title": "y" }', 1, 13, "missingComma"],
    ["{ 'id': 'x' }", 1, 3, "singleQuote"],
    ['{ "id": "x",\n  "title": "dòng\n', 2, 17, "unclosedString"],
    ['{ "id": "x"', 1, 12, "end"],
    ['{ "id": x }', 1, 9, "badValue"],
    ['// bộ của tỉnh\n{ "id": "x" }', 1, 1, "comment"],
    ['{ "id": "x" } }', 1, 15, "extraText"],
  ])("a JSON syntax error says its line and column, and why: %j", (json, line, column, kind) => {
    expect(problemOf(json)).toMatchObject({ code: "criteriaJsonSyntax", params: { line, column, kind } });
  });

  it("the syntax error reads as plain Vietnamese with what to fix", () => {
    const problem = problemOf('{ "id": "x", }');
    const text = problemText(problem as never, "vi");
    expect(text.message).toBe('Tệp JSON bị lỗi ở dòng 1, cột 14: thừa dấu phẩy trước dấu đóng ngoặc (gặp "}").');
    expect(text.action).toBe("Xoá dấu phẩy sau mục cuối cùng.");
    expect(problemText(problem as never, "en").message).toMatch(/^The JSON file has an error at line 1, column 14/u);
  });

  it("valid JSON has no syntax error", () => {
    expect(locateJsonError(JSON.stringify(DEFAULT_CRITERIA_SET, null, 2))).toBeNull();
  });
});
