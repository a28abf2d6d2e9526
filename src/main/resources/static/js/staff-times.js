// Casedesk staff pages: show every <time class="local" datetime="..."> in the viewer's own time zone.
// The server writes UTC; without this script the page stays in UTC and says so.
(function () {
  'use strict';
  function localise() {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
    var format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
    });
    document.querySelectorAll('time.local[datetime]').forEach(function (element) {
      var at = new Date(element.getAttribute('datetime'));
      if (isNaN(at.getTime())) {
        return;
      }
      element.title = element.textContent; // the UTC text the server wrote
      element.textContent = format.format(at);
    });
    var label = document.getElementById('viewer-zone');
    if (label) {
      label.textContent = zone;
    }
    document.documentElement.classList.add('js');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', localise);
  } else {
    localise();
  }
}());
