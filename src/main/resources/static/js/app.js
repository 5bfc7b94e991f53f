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

// What was typed survives a session that ended meanwhile: each form sent keeps a draft of its text fields in
// sessionStorage (this tab only); when the login brings the user back to the same form's page, the draft is put
// back into the empty fields and the page says so (files cannot be restored: it says to choose them again).
(function () {
  var PREFIX = 'zhiben.draft:';
  var MAX_AGE_MS = 2 * 60 * 60 * 1000;

  function key(form) {
    return PREFIX + new URL(form.action, window.location.href).pathname;
  }

  function restorable(el) {
    return el.name && !el.disabled && el.name !== '_csrf' && el.name !== 'idempotencyKey' && el.name !== 'version'
        && el.type !== 'file' && el.type !== 'password' && el.type !== 'hidden' && el.type !== 'submit';
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.method || '').toLowerCase() !== 'post'
        || /\/(login|logout)$/.test(new URL(form.action, window.location.href).pathname)) {
      return;
    }
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (restorable(el) && ((el.type !== 'checkbox' && el.type !== 'radio') || el.checked)) {
        fields.push([el.name, el.value]);
      }
    });
    try {
      sessionStorage.setItem(key(form), JSON.stringify({ at: Date.now(), fields: fields }));
    } catch (full) { /* storage unavailable: nothing kept */ }
  });

  function restore() {
    var from = new URL(document.referrer || '/', window.location.href);
    var afterLogin = from.origin === window.location.origin && from.pathname === '/login';
    Object.keys(sessionStorage).forEach(function (k) {
      if (k.indexOf(PREFIX) !== 0) {
        return;
      }
      var draft;
      try { draft = JSON.parse(sessionStorage.getItem(k)); } catch (bad) { draft = null; }
      var form = Array.prototype.find.call(document.forms, function (f) { return key(f) === k; });
      if (!draft || Date.now() - draft.at > MAX_AGE_MS) {
        sessionStorage.removeItem(k);
        return;
      }
      if (!form || !afterLogin) {
        return;
      }
      draft.fields.forEach(function (f) {
        var els = Array.prototype.filter.call(form.elements, function (el) { return el.name === f[0] && restorable(el); });
        els.forEach(function (el) {
          if (el.type === 'checkbox' || el.type === 'radio') {
            if (el.value === f[1]) { el.checked = true; }
          } else if (!el.value || el.tagName === 'SELECT') {
            el.value = f[1];
          }
        });
      });
      sessionStorage.removeItem(k);
      var note = document.createElement('div');
      note.className = 'alert alert-info py-2';
      note.setAttribute('role', 'status');
      note.id = 'draft-restored';
      note.textContent = '会话超时前填写的内容已恢复,请核对后再提交'
          + (form.querySelector('input[type=file]') ? ';照片和文件需要重新选择。' : '。');
      form.parentNode.insertBefore(note, form);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restore);
  } else {
    restore();
  }
})();

// Text limits shown: every text field with a maxlength says so under itself ("最多 200 字"), and once typed in how
// much is used ("已输入 180 / 200 字"); a value over the limit (sent back by the server with its message) is marked.
// The server checks the same limit (common.web.TextLimits); the page only tells it in advance.
(function () {
  var FIELDS = 'textarea[maxlength], input[maxlength]:not([type]), input[maxlength][type=text],'
      + ' input[maxlength][type=search], input[maxlength][type=email], input[maxlength][type=tel],'
      + ' input[maxlength][type=url]';
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  var serial = 0;

  function say(hint, used, max) {
    if (used === 0) {
      hint.textContent = english ? 'Up to ' + max + ' characters' : '最多 ' + max + ' 字';
    } else if (used > max) {
      hint.textContent = english ? used + ' / ' + max + ' characters, ' + (used - max) + ' too many'
          : '已输入 ' + used + ' / ' + max + ' 字,超出 ' + (used - max) + ' 字';
    } else {
      hint.textContent = english ? used + ' / ' + max + ' characters' : '已输入 ' + used + ' / ' + max + ' 字';
    }
    hint.classList.toggle('text-danger', used > max);
  }

  function attach(field) {
    var max = parseInt(field.getAttribute('maxlength'), 10);
    if (field.dataset.limitShown || !(max > 0) || field.readOnly) {
      return;
    }
    field.dataset.limitShown = '1';
    var hint = document.createElement('div');
    hint.className = 'form-text text-limit';
    hint.id = 'limit-' + (++serial);
    var described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? described + ' ' + hint.id : hint.id);
    // under the field and under its own feedback, so the message stays next to the field (`field + .invalid-feedback`)
    var anchor = field.closest('.input-group, .form-floating') || field;
    while (anchor.nextElementSibling && anchor.nextElementSibling.matches('.invalid-feedback, .valid-feedback')) {
      anchor = anchor.nextElementSibling;
    }
    anchor.insertAdjacentElement('afterend', hint);
    say(hint, field.value.length, max);
    field.addEventListener('input', function () {
      say(hint, field.value.length, max);
    });
  }

  function scan(root) {
    if (root && root.querySelectorAll) {
      root.querySelectorAll(FIELDS).forEach(attach);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      scan(document);
    });
  } else {
    scan(document);
  }
  document.addEventListener('htmx:load', function (event) {
    scan(event.target);
  });
})();

// List tables as cards on a phone (app.css, table.table-cards): every body cell gets its column header's text as
// data-label, which the phone layout shows before the value. A header cell's own data-label wins over its text (for
// a column whose header is an icon); a cell spanning several columns (the "nothing found" row) gets none. The
// table, row and cell roles are set explicitly because some browsers drop a table's semantics once its CSS display
// is no longer a table's. Run on the page and on whatever htmx swaps in.
(function () {
  var ROLES = [['table.table-cards', 'table'], ['table.table-cards > thead, table.table-cards > tbody, table.table-cards > tfoot', 'rowgroup'],
    ['table.table-cards > * > tr', 'row'], ['table.table-cards > thead > tr > th', 'columnheader'],
    ['table.table-cards > tbody > tr > th, table.table-cards > tfoot > tr > th', 'rowheader'],
    ['table.table-cards > tbody > tr > td, table.table-cards > tfoot > tr > td', 'cell']];

  function headers(table) {
    var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    var names = [];
    if (head) {
      Array.prototype.forEach.call(head.cells, function (th) {
        var name = (th.dataset.label !== undefined ? th.dataset.label : th.textContent).replace(/\s+/g, ' ').trim();
        for (var i = 0; i < (th.colSpan || 1); i++) {
          names.push(name);
        }
      });
    }
    return names;
  }

  function label(table) {
    var names = headers(table);
    var groups = Array.prototype.slice.call(table.tBodies);
    if (table.tFoot) {
      groups.push(table.tFoot);
    }
    groups.forEach(function (group) {
      Array.prototype.forEach.call(group.rows, function (tr) {
        var column = 0;
        Array.prototype.forEach.call(tr.cells, function (cell) {
          var span = cell.colSpan || 1;
          if (span === 1 && names[column] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', names[column]);
          }
          column += span;
        });
      });
    });
  }

  function scan(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    var tables = Array.prototype.slice.call(root.querySelectorAll('table.table-cards'));
    if (root.matches && root.matches('table.table-cards')) {
      tables.push(root);
    }
    var inside = root.closest && root.closest('table.table-cards');
    if (inside && tables.indexOf(inside) < 0) {
      tables.push(inside);
    }
    tables.forEach(function (table) {
      label(table);
      ROLES.forEach(function (pair) {
        table.parentNode.querySelectorAll(pair[0]).forEach(function (el) {
          if (el.closest('table') === table && !el.hasAttribute('role')) {
            el.setAttribute('role', pair[1]);
          }
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      scan(document);
    });
  } else {
    scan(document);
  }
  document.addEventListener('htmx:load', function (event) {
    scan(event.target);
  });
})();
