/*
 * Old-engine check, loaded before the task pane's bundle. Plain ES5 on purpose:
 * Excel 2019 volume-licensed (and Office 2016) run add-ins in Internet Explorer
 * 11's engine (Trident), and older Windows builds in EdgeHTML; the bundle
 * (ES2020, React 19) cannot parse there and the pane would stay blank. This
 * script says so, in Vietnamese then English, with the way forward. A
 * separate file because the content security policy forbids inline scripts.
 */
(function () {
  "use strict";
  var userAgent = (window.navigator && window.navigator.userAgent) || "";
  var trident = /Trident\/|MSIE /.test(userAgent);
  var edgeHtml = /Edge\/\d/.test(userAgent);
  // What the bundle needs from the engine (ES2020-era built-ins).
  var modern =
    typeof window.Promise === "function" &&
    typeof window.Promise.allSettled === "function" &&
    typeof window.Symbol === "function" &&
    typeof window.fetch === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof String.prototype.matchAll === "function";
  if (!trident && !edgeHtml && modern) return;

  var engine = trident ? "Internet Explorer 11" : edgeHtml ? "Microsoft Edge (EdgeHTML)" : "?";
  var paragraphs = [
    ["strong", "Phiên bản Excel này chưa chạy được bảng tác vụ của add-in."],
    [
      "p",
      "Excel đang mở add-in bằng trình duyệt cũ (" +
        engine +
        "), thường gặp ở Excel 2016 và Excel 2019 bản quyền số lượng lớn (volume license).",
    ],
    ["p", "Cách làm tiếp:"],
    ["li", "Chấm điểm bằng tệp mẫu (.xlsx): công thức trong tệp vẫn đếm đúng khi không có add-in."],
    ["li", "Tổng hợp các tệp của phường bằng dòng lệnh: kieumau consolidate thu-muc/*.xlsx -o tong-hop.xlsx"],
    ["li", "Hoặc dùng Excel trên web, Microsoft 365, Office 2021 trở lên (nhờ bộ phận CNTT cài đặt)."],
    [
      "p",
      "English: this Excel runs add-ins in an old browser engine (" +
        engine +
        "), so the task pane cannot open. Use the template file (its formulas count without the add-in), the kieumau command line to consolidate, or Excel on the web, Microsoft 365 or Office 2021 and later.",
    ],
  ];

  function show() {
    if (document.getElementById("engine-check-message")) return;
    var box = document.createElement("div");
    box.id = "engine-check-message";
    box.setAttribute("role", "alert");
    box.style.cssText =
      "font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.45;padding:16px;margin:12px;border:1px solid #c50f1f;background:#fdf3f4;color:#242424";
    var list = null;
    for (var i = 0; i < paragraphs.length; i++) {
      var tag = paragraphs[i][0];
      var element = document.createElement(tag === "strong" ? "p" : tag);
      element.appendChild(document.createTextNode(paragraphs[i][1]));
      if (tag === "strong") element.style.fontWeight = "bold";
      if (tag === "li") {
        if (list === null) {
          list = document.createElement("ul");
          box.appendChild(list);
        }
        list.appendChild(element);
      } else {
        list = null;
        box.appendChild(element);
      }
    }
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    document.body.insertBefore(box, document.body.firstChild);
  }

  if (document.body) show();
  else if (document.addEventListener) document.addEventListener("DOMContentLoaded", show);
  else if (window.attachEvent) window.attachEvent("onload", show);
})();
