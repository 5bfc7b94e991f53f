/*
 * Four-colour map editor: click the corners of a unit's area on the plan (SVG coordinates are image pixels),
 * double-click or press "闭合" to close the outline, then save. The server checks the points again.
 */
(function () {
  'use strict';
  var svg = document.getElementById('risk-map-svg');
  var form = document.getElementById('map-form');
  if (!svg || !form) {
    return;
  }
  var NS = 'http://www.w3.org/2000/svg';
  var MAX_POINTS = 200;
  var width = Number(svg.getAttribute('data-width'));
  var height = Number(svg.getAttribute('data-height'));
  var draft = document.getElementById('map-draft');
  var unit = document.getElementById('map-unit');
  var pointsInput = document.getElementById('map-points');
  var versionInput = document.getElementById('map-version');
  var count = document.getElementById('map-count');
  var status = document.getElementById('map-status');
  var save = document.getElementById('map-save');
  var points = [];
  var closed = false;

  function clamp(v, max) {
    return Math.min(Math.max(Math.round(v * 10) / 10, 0), max);
  }

  function toImage(evt) {
    var pt = svg.createSVGPoint();
    pt.x = evt.clientX;
    pt.y = evt.clientY;
    var p = pt.matrixTransform(svg.getScreenCTM().inverse());
    return [clamp(p.x, width), clamp(p.y, height)];
  }

  /** Image pixels per screen pixel, to ignore the second click of a double-click. */
  function tolerance() {
    var shown = svg.getBoundingClientRect().width || width;
    return 4 * width / shown;
  }

  function render() {
    while (draft.firstChild) {
      draft.removeChild(draft.firstChild);
    }
    var text = points.map(function (p) { return p[0] + ',' + p[1]; }).join(' ');
    if (points.length > 1) {
      var shape = document.createElementNS(NS, closed ? 'polygon' : 'polyline');
      shape.setAttribute('id', 'map-draft-shape');
      shape.setAttribute('class', 'map-draft-shape');
      shape.setAttribute('points', text);
      if (!closed) {
        shape.setAttribute('fill', 'none');
      }
      draft.appendChild(shape);
    }
    var r = Math.max(width, height) / 200;
    points.forEach(function (p) {
      var c = document.createElementNS(NS, 'circle');
      c.setAttribute('class', 'map-draft-vertex');
      c.setAttribute('cx', p[0]);
      c.setAttribute('cy', p[1]);
      c.setAttribute('r', r);
      draft.appendChild(c);
    });
    pointsInput.value = closed ? text : '';
    count.textContent = points.length;
    save.disabled = !(closed && unit.value);
  }

  function close() {
    if (points.length < 3) {
      status.textContent = '至少需要3个点';
      return;
    }
    closed = true;
    status.textContent = '';
    render();
  }

  svg.addEventListener('click', function (evt) {
    if (closed) {
      return;
    }
    var p = toImage(evt);
    var last = points[points.length - 1];
    var tol = tolerance();
    if (last && Math.abs(last[0] - p[0]) <= tol && Math.abs(last[1] - p[1]) <= tol) {
      return;
    }
    if (points.length >= MAX_POINTS) {
      status.textContent = '最多' + MAX_POINTS + '个点';
      return;
    }
    points.push(p);
    status.textContent = '';
    render();
  });
  svg.addEventListener('dblclick', function (evt) {
    evt.preventDefault();
    close();
  });
  document.getElementById('map-close').addEventListener('click', close);
  document.getElementById('map-undo').addEventListener('click', function () {
    closed = false;
    points.pop();
    render();
  });
  document.getElementById('map-clear').addEventListener('click', function () {
    closed = false;
    points = [];
    render();
  });
  unit.addEventListener('change', function () {
    var option = unit.options[unit.selectedIndex];
    versionInput.value = option ? (option.getAttribute('data-version') || '') : '';
    Array.prototype.forEach.call(document.querySelectorAll('.map-polygon'), function (p) {
      p.setAttribute('stroke-width', p.getAttribute('data-unit') === unit.value ? '6' : '3');
    });
    render();
  });
  form.addEventListener('submit', function (evt) {
    if (!closed || !unit.value) {
      evt.preventDefault();
      status.textContent = unit.value ? '请先闭合区域' : '请选择分析单元';
    }
  });
  render();
  // Lets tests (and anyone scripting the page) know the clicks are being listened to.
  svg.setAttribute('data-editor', 'ready');
})();
