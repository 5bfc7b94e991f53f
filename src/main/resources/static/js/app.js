// HTMX requests carry the CSRF token as a header, like the forms carry it as a field.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Behaviour declared in markup, so no page needs an inline script or event handler (the CSP allows neither):
// data-autosubmit submits a select's form on change; data-shows="#id" shows an element while a checkbox is ticked.
document.addEventListener('change', function (event) {
  var el = event.target;
  if (el.matches('[data-autosubmit]') && el.form) {
    el.form.submit();
  }
  if (el.matches('[data-shows]')) {
    var target = document.querySelector(el.dataset.shows);
    if (target) {
      target.classList.toggle('d-none', !el.checked);
    }
  }
});

// data-action="print" prints the page, data-action="back" goes back (its href is the way without history).
document.addEventListener('click', function (event) {
  var el = event.target.closest('[data-action]');
  if (!el) {
    return;
  }
  if (el.dataset.action === 'print') {
    event.preventDefault();
    window.print();
  } else if (el.dataset.action === 'back' && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// A form with data-confirm="question" is sent only after the user agrees.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
