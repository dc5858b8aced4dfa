// Small behaviours shared by every page; no inline scripts (the Content-Security-Policy forbids them).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList && form.classList.contains('confirm-submit') && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// A form marked data-unsaved (its text the question to ask) asks before a link leaves its changes unsaved, e.g. the
// attendance sheet's pager: ticks on one page are saved with that page, never carried to the next.
(function () {
  var dirty = null;
  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form[data-unsaved]');
    if (form) {
      dirty = form;
    }
  });
  document.addEventListener('submit', function (event) {
    if (event.target === dirty && !event.defaultPrevented) {
      dirty = null;
    }
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (dirty && link && !window.confirm(dirty.dataset.unsaved)) {
      event.preventDefault();
    }
  });
})();
