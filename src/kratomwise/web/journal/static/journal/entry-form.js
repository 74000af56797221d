// "Other substance" is shown only while "Other" is chosen. A field that already holds text stays
// visible, so the server's mismatch message is never hidden and nothing typed is lost.
(function () {
  "use strict";
  function update(form) {
    var box = form.querySelector("[data-other-name]");
    if (!box) { return; }
    var input = box.querySelector("input");
    var other = form.querySelector('input[name="kind"][value="other"]');
    var show = (other && other.checked) || (input && input.value.trim() !== "");
    box.hidden = !show;
  }
  function setup(form) {
    update(form);
    form.addEventListener("change", function (event) {
      if (event.target && event.target.name === "kind") { update(form); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var forms = document.querySelectorAll("form[data-entry-form]");
    for (var i = 0; i < forms.length; i += 1) { setup(forms[i]); }
  });
})();
