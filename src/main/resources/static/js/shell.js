// The admin shell's menu button on narrow screens. Without this script the navigation simply stays
// open (the "js" class is what lets the stylesheet fold it away), so nothing depends on it.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("menu-toggle");
  var nav = document.getElementById("admin-nav");
  if (!button || !nav) {
    return;
  }
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  });
});
