// The draft page's editor. With CodeMirror (served from the jar as a webjar): YAML highlighting,
// its own line numbers, the lines with problems marked, and each problem's "Line N" link moving the
// cursor to that line. Without it (the script did not load): a line-number gutter beside the
// plain text area, kept in step as the text changes and scrolls. Without any script the page
// still works: the gutter is drawn by the server for the text as saved.
document.addEventListener("DOMContentLoaded", function () {
  var text = document.getElementById("inventory-document");
  var gutter = document.getElementById("draft-gutter");
  if (!text || !gutter) {
    return;
  }
  var marked = (gutter.getAttribute("data-problem-lines") || "").split(" ").filter(Boolean);
  var goTo = window.CodeMirror ? withCodeMirror() : withGutter();
  document.querySelectorAll("a.line-link").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      goTo(parseInt(link.getAttribute("data-line"), 10));
    });
  });

  function withCodeMirror() {
    var editor = window.CodeMirror.fromTextArea(text, {
      mode: "yaml",
      lineNumbers: true,
      indentUnit: 2,
      tabSize: 2,
      // YAML has no tabs: Tab indents with spaces.
      extraKeys: {
        Tab: function (cm) {
          cm.replaceSelection("  ");
        },
      },
      screenReaderLabel: text.getAttribute("aria-label") || "YAML",
    });
    editor.getInputField().setAttribute("aria-describedby", "editor-help");
    // The editor's scrolling area can be reached by keyboard, to scroll a long document.
    editor.getScrollerElement().setAttribute("tabindex", "0");
    gutter.hidden = true;
    gutter.parentNode.classList.add("with-codemirror");
    marked.forEach(function (line) {
      editor.addLineClass(Number(line) - 1, "background", "problem-line");
    });
    return function (line) {
      var at = Math.max(0, Math.min(line - 1, editor.lineCount() - 1));
      editor.focus();
      editor.setSelection({ line: at, ch: 0 }, { line: at, ch: editor.getLine(at).length });
      editor.scrollIntoView({ line: at, ch: 0 }, 80);
    };
  }

  function withGutter() {
    function draw() {
      var count = text.value.split("\n").length;
      var lines = [];
      for (var i = 1; i <= count; i++) {
        lines.push(marked.indexOf(String(i)) >= 0 ? i + " \u25cf" : String(i));
      }
      gutter.textContent = lines.join("\n");
      gutter.scrollTop = text.scrollTop;
    }
    text.addEventListener("input", draw);
    text.addEventListener("scroll", function () {
      gutter.scrollTop = text.scrollTop;
    });
    draw();
    return function (line) {
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
    };
  }
});
