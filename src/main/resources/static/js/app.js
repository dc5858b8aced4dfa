// Small behaviours shared by every page; no inline scripts (the Content-Security-Policy forbids them).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList && form.classList.contains('confirm-submit') && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
