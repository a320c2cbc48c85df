/**
 * The KIEUMAU functions' help pages (one per language), written by the build
 * from the table in src/core/functions; each function's helpUrl in
 * functions.json / functions.en.json points at its section here.
 */
import type { Language } from "../contracts/problem-text";
import { CUSTOM_FUNCTIONS, functionSignature } from "../core/functions";
import { helpAnchor } from "../functions/metadata";

function escape(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

const TEXT: Record<
  Language,
  { title: string; intro: string; parameters: string; optional: string; blanks: string; errors: string; back: string }
> = {
  vi: {
    title: "Hàm KIEUMAU — Chấm điểm phường kiểu mẫu",
    intro: "Các hàm Excel của add-in Chấm điểm phường kiểu mẫu. Gõ =KIEUMAU. trong một ô để Excel gợi ý.",
    parameters: "Đối số",
    optional: "không bắt buộc",
    blanks:
      "Ô trống là chưa chấm; 0 là Không đạt. Excel chuyển ô trống trong vùng thành 0, nên STATUS và SHORTFALL " +
      "đọc lại kiểu ô của vùng để phân biệt; khi không đọc được, hàm trả #N/A thay vì đoán.",
    errors:
      "Lỗi: #VALUE! khi đối số sai (kèm lời giải thích), #N/A khi không tính được (tổng hoặc chỉ tiêu bằng 0, " +
      "ô trống không phân biệt được với 0).",
    back: "Hướng dẫn chung",
  },
  en: {
    title: "KIEUMAU functions — Model Ward Scoring",
    intro: "The Excel functions of the Model Ward Scoring add-in. Type =KIEUMAU. in a cell and Excel suggests them.",
    parameters: "Arguments",
    optional: "optional",
    blanks:
      "A blank cell is not assessed; 0 is not met. Excel passes an empty cell of a range as 0, so STATUS and " +
      "SHORTFALL read the range's cell types to tell them apart; when they cannot, they return #N/A rather " +
      "than guess.",
    errors:
      "Errors: #VALUE! for a wrong argument (with an explanation), #N/A when there is nothing to compute (a " +
      "total or quota of 0, blanks that cannot be told from 0).",
    back: "General help",
  },
};

/** The whole help page for `language`, as HTML. */
export function functionsHelpPage(language: Language): string {
  const t = TEXT[language];
  const sections = CUSTOM_FUNCTIONS.map((spec) => {
    const parameters = spec.parameters
      .map(
        (p) =>
          `<dt><code>${escape(p.name)}</code>${p.optional ? ` (${t.optional})` : ""}</dt><dd>${escape(p.help[language])}</dd>`,
      )
      .join("");
    return [
      `<section id="${helpAnchor(spec)}">`,
      `<h2><code>${escape(functionSignature(spec))}</code></h2>`,
      `<p>${escape(spec.help[language])}</p>`,
      `<h3>${t.parameters}</h3><dl>${parameters}</dl>`,
      "</section>",
    ].join("\n");
  });
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'" />
    <title>${escape(t.title)}</title>
  </head>
  <body style="font-family: 'Segoe UI', sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem">
    <h1>${escape(t.title)}</h1>
    <p>${escape(t.intro)}</p>
    <p>${escape(t.blanks)}</p>
    <p>${escape(t.errors)}</p>
${sections.join("\n")}
    <p><a href="help.html">${t.back}</a></p>
  </body>
</html>
`;
}
