// The one script of a report page: show an annotation's details when its words are
// hovered, clicked or chosen from the keyboard; a click pins it and marks its card.
// Details are copied from elements already in the page (cloneNode), never from strings.
(function () {
  "use strict";
  var panel = document.getElementById("details");
  if (!panel) { return; }
  var pinned = null;

  function source(id) {
    return document.getElementById("detail-" + id) || document.getElementById("card-" + id);
  }

  function show(mark, pin) {
    var ids = (mark.getAttribute("data-ids") || "").split(" ");
    panel.textContent = "";
    ids.forEach(function (id) {
      var from = source(id);
      if (!from) { return; }
      var copy = from.cloneNode(true);
      copy.removeAttribute("id");
      copy.hidden = false;
      copy.classList.remove("active");
      panel.appendChild(copy);
    });
    if (!pin) { return; }
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    mark.classList.add("active");
    ids.forEach(function (id) {
      var card = document.getElementById("card-" + id);
      if (card) { card.classList.add("active"); }
    });
    pinned = mark;
  }

  document.querySelectorAll(".m").forEach(function (mark) {
    mark.addEventListener("click", function () { show(mark, true); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(mark, true); }
    });
    mark.addEventListener("mouseenter", function () { if (!pinned) { show(mark, false); } });
  });

  // "show in text", on a card or on its copy in the panel (hence one listener for all)
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.to-text") : null;
    if (!link) { return; }
    var mark = document.querySelector('.m[data-ids~="' + link.getAttribute("data-id") + '"]');
    if (!mark) { return; }
    event.preventDefault();
    mark.scrollIntoView({block: "center"});
    mark.focus();
    show(mark, true);
  });
})();
