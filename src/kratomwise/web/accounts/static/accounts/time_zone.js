// Settings: when no time zone is saved, choose the browser's own zone (the person still
// presses Save). A static file because the content security policy forbids inline scripts.
(function () {
  "use strict";
  var select = document.getElementById("id_time_zone");
  var note = document.getElementById("tz-detected");
  if (!select || !note || select.value) {
    return;
  }
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return;
  }
  for (var i = 0; i < select.options.length; i += 1) {
    if (select.options[i].value === zone) {
      select.value = zone;
      note.textContent = note.getAttribute("data-template").replace("%s", zone);
      note.hidden = false;
      return;
    }
  }
})();
