import fc from "fast-check";
import { encodeTcvn3, encodeVni } from "../../src/core";
import { codeKey, periodKey, provinceKey, wardIdentity, wardKey } from "../../src/core/consolidate";

const NAMES = ["Bến Nghé", "Phúc Xá", "Hưng Dũng", "Lê Lợi", "Đông Vĩnh", "Quán Thánh", "Thạch Thang", "Cửa Nam"];
const PROVINCES = ["Hà Nội", "Nghệ An", "Đà Nẵng", "Hồ Chí Minh", "Thừa Thiên Huế", "Cần Thơ"];

describe("ward identity", () => {
  test("prefixes, case and Unicode forms do not change the ward", () => {
    expect(wardKey("P. Bến Nghé")).toBe(wardKey("Phường Bến Nghé"));
    expect(wardKey("PHƯỜNG BẾN NGHÉ")).toBe(wardKey("bến nghé"));
    expect(wardKey("Phuong Ben Nghe")).toBe(wardKey("Bến Nghé"));
    expect(wardKey("Phường 01")).toBe(wardKey("P.1"));
    expect(wardKey("Bến Nghé")).not.toBe(wardKey("Bến Thành"));
    expect(provinceKey("TP. Hồ Chí Minh")).toBe(provinceKey("Thành phố Hồ Chí Minh"));
    expect(provinceKey("Tỉnh Nghệ An")).toBe(provinceKey("Nghệ An"));
    expect(provinceKey("Hà Nội")).not.toBe(provinceKey("Hà Nam"));
    expect(periodKey("Tháng 11/2023")).toBe(periodKey("11/2023"));
    expect(periodKey("Tháng 11 năm 2023")).toBe(periodKey("11-2023"));
    expect(periodKey("Năm 2023")).toBe(periodKey("2023"));
    expect(periodKey("Quý 4/2023")).not.toBe(periodKey("4/2023"));
    expect(codeKey("tc 7")).toBe(codeKey("TC07"));
  });

  test("property: NFD, case, TCVN3, VNI and prefixes give the same identity", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...PROVINCES),
        fc.constantFrom("Phường ", "P. ", "phường ", "P.", ""),
        fc.constantFrom("nfd", "upper", "lower", "tcvn3", "plain"),
        (name, province, prefix, form) => {
          const variant = (s: string): string => {
            switch (form) {
              case "nfd":
                return s.normalize("NFD");
              case "upper":
                return s.toUpperCase();
              case "lower":
                return s.toLowerCase();
              case "tcvn3":
                return encodeTcvn3(s);
              default:
                return s;
            }
          };
          expect(wardIdentity(variant(province), variant(prefix + name), "11/2023")).toBe(
            wardIdentity(province, name, "11/2023"),
          );
        },
      ),
    );
  });

  test("VNI text matches when the core recognises it as VNI", () => {
    // Short VNI strings that read as valid Vietnamese ("Hoà" for "Hồ") are left alone by the core's repair.
    for (const name of ["Bến Nghé", "Phúc Xá", "Đông Vĩnh", "Cửa Nam"]) {
      expect(wardIdentity(encodeVni("Nghệ An"), encodeVni(`Phường ${name}`), "")).toBe(
        wardIdentity("Nghệ An", name, ""),
      );
    }
  });

  test("property: different wards never share an identity", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), (a, b) => {
        fc.pre(a !== b);
        expect(wardIdentity("Hà Nội", a, "")).not.toBe(wardIdentity("Hà Nội", b, ""));
      }),
    );
  });
});
