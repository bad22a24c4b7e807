// The draft page's editor: a line-number gutter beside the YAML text area, kept in step as the text
// changes and scrolls, the lines with problems marked in it, and each problem's "Line N" link moving
// the cursor to that line. Without this script the page still works: the gutter is drawn by the
// server for the text as saved, and the links go to the text area.
document.addEventListener("DOMContentLoaded", function () {
  var text = document.getElementById("inventory-document");
  var gutter = document.getElementById("draft-gutter");
  if (!text || !gutter) {
    return;
  }
  var marked = (gutter.getAttribute("data-problem-lines") || "").split(" ").filter(Boolean);

  function draw() {
    var count = text.value.split("\n").length;
    var lines = [];
    for (var i = 1; i <= count; i++) {
      lines.push(marked.indexOf(String(i)) >= 0 ? i + " \u25cf" : String(i));
    }
    gutter.textContent = lines.join("\n");
    gutter.scrollTop = text.scrollTop;
  }

  function goTo(line) {
    var offset = 0;
    var rows = text.value.split("\n");
    for (var i = 0; i < line - 1 && i < rows.length; i++) {
      offset += rows[i].length + 1;
    }
    text.focus();
    text.setSelectionRange(offset, offset + (rows[line - 1] || "").length);
    var height = text.scrollHeight / Math.max(1, rows.length);
    text.scrollTop = Math.max(0, (line - 3) * height);
    gutter.scrollTop = text.scrollTop;
  }

  text.addEventListener("input", draw);
  text.addEventListener("scroll", function () {
    gutter.scrollTop = text.scrollTop;
  });
  document.querySelectorAll("a.line-link").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      goTo(parseInt(link.getAttribute("data-line"), 10));
    });
  });
  draw();
});
