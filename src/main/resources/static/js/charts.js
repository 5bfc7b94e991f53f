// The pages' ECharts, drawn from markup so the Content-Security-Policy needs no inline script: an element
// <div data-chart="kind" data-chart-data="island-id"> names its kind and a <script type="application/json">
// data island (written by Thymeleaf, never executed). Runs on page load and on every htmx swap.
(function () {
  'use strict';

  function data(el) {
    var island = el.dataset.chartData && document.getElementById(el.dataset.chartData);
    return island ? JSON.parse(island.textContent) : {};
  }

  function resizeWith(chart) {
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }

  /** Stacked bars of major and large risks by region or by sector (辖区风险总览). */
  function riskBars(el, d) {
    var rows = d.rows || [];
    var chart = resizeWith(echarts.init(el));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [d.major, d.large] },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name.slice(0, 10); }) },
      series: [
        { name: d.major, type: 'bar', stack: 'n', itemStyle: { color: '#dc3545' }, data: rows.map(function (r) { return r.major; }) },
        { name: d.large, type: 'bar', stack: 'n', itemStyle: { color: '#fd7e14' }, data: rows.map(function (r) { return r.large; }) }
      ]
    });
  }

  /** Completion rate by task type (排查完成率), from data-labels and data-rates. */
  function inspectionRates(el) {
    var labels = (el.dataset.labels || '').split('|').filter(Boolean);
    var rates = (el.dataset.rates || '').split('|').map(function (x) { return x === '' ? null : Number(x); });
    resizeWith(echarts.init(el)).setOption({ grid: { left: 110, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value', max: 100 }, yAxis: { type: 'category', data: labels },
      series: [{ type: 'bar', data: rates, label: { show: true, position: 'right', formatter: '{c}%' } }] });
  }

  /** Hazards found and closed per month; with labels.open also the open major hazards at each month's end. */
  function hazardTrend(el, d) {
    var trend = d.trend || [];
    var labels = d.labels || {};
    var series = [
      { name: labels.found, type: 'bar', data: trend.map(function (p) { return p.found; }) },
      { name: labels.closed, type: 'bar', data: trend.map(function (p) { return p.closed; }) }
    ];
    var yAxis = { type: 'value', minInterval: 1 };
    if (labels.open) {
      series.push({ name: labels.open, type: 'line', yAxisIndex: 1, data: trend.map(function (p) { return p.openMajorAtEnd; }) });
      yAxis = [yAxis, { type: 'value', minInterval: 1 }];
    }
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trend.map(function (p) { return p.month; }) },
      yAxis: yAxis,
      series: series
    });
  }

  /** Risk units in the four colours (风险四色). */
  function riskDonut(el, d) {
    var counts = d.counts || [];
    var names = d.names || [];
    var colours = ['#e03131', '#f08c00', '#fab005', '#1c7ed6'];
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: {},
      series: [{ type: 'pie', radius: ['35%', '70%'], data: counts.map(function (v, i) {
        return { name: names[i], value: v, itemStyle: { color: colours[i] } }; }) }]
    });
  }

  /** Enterprises by sector (首页); a bar opens the enterprise list of that sector. */
  function sectorBars(el, d) {
    var counts = d.counts || {};
    var names = {};
    (d.sectors || []).forEach(function (s) { names[s.code] = s.name; });
    var codes = Object.keys(counts);
    var chart = resizeWith(echarts.init(el));
    chart.setOption({
      animation: false,
      tooltip: {},
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: codes.map(function (c) { return (names[c] || c).slice(0, 10); }) },
      series: [{ type: 'bar', data: codes.map(function (c) { return counts[c]; }) }]
    });
    var href = el.dataset.href || '/enterprises';
    chart.on('click', function (p) { window.location = href + '?sector=' + encodeURIComponent(codes[p.dataIndex]); });
  }

  /** Stock and increment hazards, open and closed (隐患库). */
  function hazardStock(el, d) {
    var s = d.summary || {};
    var l = d.labels || {};
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { data: [l.open, l.closed] },
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: [l.stock, l.increment] },
      series: [
        { name: l.open, type: 'bar', stack: 'n', itemStyle: { color: '#dc3545' }, data: [s.stockOpen, s.incrementOpen] },
        { name: l.closed, type: 'bar', stack: 'n', itemStyle: { color: '#198754' }, data: [s.stockClosed, s.incrementClosed] }
      ]
    });
  }

  /** A monitoring point's values over time (min–max band and mean), with its alarm thresholds as lines. */
  function monitoringSeries(el, d) {
    var pts = d.samples || [];
    var lines = (d.thresholds || []).map(function (t) {
      return { yAxis: t.value, name: t.name, lineStyle: { color: t.color, type: 'dashed' }, label: { formatter: t.name } };
    });
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, name: d.unit || '' },
      series: [
        { name: d.avgName, type: 'line', showSymbol: false, data: pts.map(function (p) { return [p.at, p.avg]; }),
          markLine: { symbol: 'none', data: lines } },
        { name: d.maxName, type: 'line', showSymbol: false, lineStyle: { opacity: 0.3 }, data: pts.map(function (p) { return [p.at, p.max]; }) },
        { name: d.minName, type: 'line', showSymbol: false, lineStyle: { opacity: 0.3 }, data: pts.map(function (p) { return [p.at, p.min]; }) }
      ]
    });
  }

  /** Accidents by region this period beside the same span of last year (事故起数同比). */
  function accidentYoy(el, d) {
    var rows = d.rows || [];
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { data: [d.current, d.previous] },
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name.slice(0, 10); }) },
      series: [
        { name: d.current, type: 'bar', itemStyle: { color: '#dc3545' }, data: rows.map(function (r) { return r.count; }) },
        { name: d.previous, type: 'bar', itemStyle: { color: '#adb5bd' }, data: rows.map(function (r) { return r.previous; }) }
      ]
    });
  }

  /** Recurring cause categories (溯源), one bar per category coloured by its factor (人、机、环、管). */
  function rootCauseBars(el, d) {
    var rows = (d.rows || []).slice().reverse();
    var colors = ['#0d6efd', '#fd7e14', '#198754', '#dc3545'];
    var factors = d.factors || [];
    resizeWith(echarts.init(el)).setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { data: factors },
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: d.label || '' },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name.slice(0, 12); }) },
      series: factors.map(function (f, i) {
        return { name: f, type: 'bar', stack: 'c', itemStyle: { color: colors[i % colors.length] },
          data: rows.map(function (r) { return r.factor === f ? r.count : '-'; }) };
      })
    });
  }

  var kinds = {
    'root-cause-bars': rootCauseBars,
    'accident-yoy': accidentYoy,
    'risk-bars': riskBars,
    'inspection-rates': inspectionRates,
    'hazard-trend': hazardTrend,
    'risk-donut': riskDonut,
    'sector-bars': sectorBars,
    'hazard-stock': hazardStock,
    'monitoring-series': monitoringSeries
  };

  function sum(values) {
    return values.reduce(function (a, v) { return a + (Number(v) || 0); }, 0);
  }

  /** When a chart has nothing to show: a chart of zeros (or four equal quarters) would mislead. */
  var empty = {
    'root-cause-bars': function (el, d) { return sum((d.rows || []).map(function (r) { return r.count; })) === 0; },
    'accident-yoy': function (el, d) {
      return sum((d.rows || []).map(function (r) { return (r.count || 0) + (r.previous || 0); })) === 0;
    },
    'monitoring-series': function (el, d) { return !(d.samples || []).length; },
    'risk-bars': function (el, d) {
      return sum((d.rows || []).map(function (r) { return (r.major || 0) + (r.large || 0); })) === 0;
    },
    'inspection-rates': function (el) { return !(el.dataset.labels || '').split('|').filter(Boolean).length; },
    'hazard-trend': function (el, d) {
      return sum((d.trend || []).map(function (p) { return (p.found || 0) + (p.closed || 0) + (p.openMajorAtEnd || 0); })) === 0;
    },
    'risk-donut': function (el, d) { return sum(d.counts || []) === 0; },
    'sector-bars': function (el, d) { var c = d.counts || {}; return sum(Object.keys(c).map(function (k) { return c[k]; })) === 0; },
    'hazard-stock': function (el, d) {
      var s = d.summary || {};
      return sum([s.stockOpen, s.stockClosed, s.incrementOpen, s.incrementClosed]) === 0;
    }
  };

  function sayEmpty(el) {
    el.textContent = '';
    el.style.display = '';
    var note = document.createElement('div');
    note.className = 'chart-empty text-muted small d-flex align-items-center justify-content-center h-100';
    note.textContent = document.documentElement.lang === 'en' ? 'No data' : '暂无数据';
    el.appendChild(note);
    el.dataset.chartEmpty = 'true';
  }

  function draw(root) {
    if (!window.echarts || !root || !root.querySelectorAll) { return; }
    var els = Array.prototype.slice.call(root.querySelectorAll('[data-chart]'));
    if (root.matches && root.matches('[data-chart]')) { els.push(root); }
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var kind = kinds[el.dataset.chart];
      if (!kind || echarts.getInstanceByDom(el) || el.dataset.chartEmpty) { continue; }
      var d = data(el);
      if (empty[el.dataset.chart](el, d)) {
        sayEmpty(el);
      } else {
        kind(el, d);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { draw(document); });
  } else {
    draw(document);
  }
  // content swapped in by htmx (the hazard ledger's results) carries its charts with it
  document.addEventListener('htmx:load', function (event) { draw(event.target); });
})();
