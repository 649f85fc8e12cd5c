// The dashboard's charts: each container names a table of /reports/data by its data-table key and how to draw it;
// the same figures stand in the table beneath it for those who do not see the chart. In Arabic the charts read
// right to left: categories start on the right, legends and tooltips are aligned right.
(function () {
  'use strict';

  var FALLBACK_FONTS = "Tahoma, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif";

  // ECharts' SVG renderer writes style attributes (the root's position, each text's font), which the strict
  // Content-Security-Policy refuses; the same declarations set through the CSSOM are allowed. Only this page loads
  // the charts, so only its SVG elements take this path.
  function styleThroughCssom() {
    var setAttribute = Element.prototype.setAttribute;
    SVGElement.prototype.setAttribute = function (name, value) {
      if (name === 'style') {
        this.style.cssText = value;
        return;
      }
      setAttribute.call(this, name, value);
    };
  }

  function settings() {
    var rtl = document.documentElement.dir === 'rtl';
    var font = window.getComputedStyle(document.body).fontFamily;
    return { rtl: rtl, font: (font ? font + ', ' : '') + FALLBACK_FONTS };
  }

  function indexes(value) {
    return value.split(',').map(function (index) { return Number(index); });
  }

  function series(container) {
    return indexes(container.dataset.series || '0');
  }

  // The rows a chart draws, when the table mixes figures of different units.
  function drawn(container, table) {
    if (!container.dataset.rows) {
      return table;
    }
    var chosen = indexes(container.dataset.rows);
    return {
      key: table.key, title: table.title, columns: table.columns,
      rows: table.rows.filter(function (row, index) { return chosen.indexOf(index) >= 0; })
    };
  }

  function base(view) {
    return {
      animation: false,
      textStyle: { fontFamily: view.font },
      tooltip: {
        confine: true,
        textStyle: { fontFamily: view.font, align: view.rtl ? 'right' : 'left' },
        extraCssText: view.rtl ? 'direction: rtl; text-align: right;' : ''
      }
    };
  }

  // Bars lie along a category axis of labels: in Arabic the labels stand on the right and the bars grow leftwards.
  function bar(table, view) {
    var options = base(view);
    options.tooltip.trigger = 'axis';
    options.tooltip.axisPointer = { type: 'shadow' };
    options.grid = { containLabel: true, left: 12, right: 12, top: 12, bottom: 12 };
    options.xAxis = { type: 'value', inverse: view.rtl, minInterval: 1 };
    options.yAxis = {
      type: 'category', inverse: true, position: view.rtl ? 'right' : 'left',
      data: table.rows.map(function (row) { return row.label; }),
      axisLabel: { fontFamily: view.font, width: 160, overflow: 'truncate' }
    };
    options.series = [{
      type: 'bar', name: table.columns[1], barMaxWidth: 28, itemStyle: { color: '#1f6f5c' },
      data: table.rows.map(function (row) { return row.values[0]; })
    }];
    return options;
  }

  function pie(table, view) {
    var options = base(view);
    options.tooltip.trigger = 'item';
    options.legend = {
      type: 'scroll', orient: 'vertical', top: 'middle', textStyle: { fontFamily: view.font },
      align: view.rtl ? 'right' : 'left'
    };
    options.legend[view.rtl ? 'right' : 'left'] = 8;
    options.series = [{
      type: 'pie', name: table.title, radius: ['35%', '65%'], center: [view.rtl ? '35%' : '65%', '50%'],
      label: { show: false },
      data: table.rows.map(function (row) { return { name: row.label, value: row.values[0] }; })
        .filter(function (item) { return item.value; })
    }];
    return options;
  }

  // Months run along the axis, from the right in Arabic; each chosen column is a line.
  function line(table, columns, view) {
    var options = base(view);
    options.tooltip.trigger = 'axis';
    options.legend = { top: 0, textStyle: { fontFamily: view.font }, align: view.rtl ? 'right' : 'left' };
    options.legend[view.rtl ? 'right' : 'left'] = 8;
    options.grid = { containLabel: true, left: 12, right: 12, top: 36, bottom: 12 };
    options.xAxis = {
      type: 'category', inverse: view.rtl, axisLabel: { fontFamily: view.font },
      data: table.rows.map(function (row) { return row.label; })
    };
    options.yAxis = { type: 'value', position: view.rtl ? 'right' : 'left' };
    options.series = columns.map(function (index) {
      return {
        type: 'line', name: table.columns[index + 1], connectNulls: false,
        data: table.rows.map(function (row) { return row.values[index]; })
      };
    });
    return options;
  }

  function options(container, table, view) {
    switch (container.dataset.chart) {
      case 'pie': return pie(table, view);
      case 'line': return line(table, series(container), view);
      default: return bar(table, view);
    }
  }

  // A figure opens the requests behind it when the server linked it (never for the board).
  function linkRows(chart, table) {
    chart.on('click', function (event) {
      var row = rowOf(table, event);
      if (row && row.link) {
        window.location.assign(row.link);
      }
    });
  }

  function rowOf(table, event) {
    if (event.seriesType === 'pie') {
      return table.rows.filter(function (row) { return row.label === event.name; })[0];
    }
    return table.rows[event.dataIndex];
  }

  // A chart of nothing but zeros says less than its table: only the table stays.
  function draw(page, tables) {
    var view = settings();
    var byKey = {};
    tables.forEach(function (table) { byKey[table.key] = table; });
    var charts = [];
    page.querySelectorAll('[data-table]').forEach(function (element) {
      var table = byKey[element.dataset.table] && drawn(element, byKey[element.dataset.table]);
      if (!table || !table.rows.some(function (row) { return row.values.some(function (value) { return value; }); })) {
        element.classList.add('d-none');
        return;
      }
      var chart = window.echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(options(element, table, view));
      linkRows(chart, table);
      element.dataset.drawn = 'true';
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  // Dates typed by hand mean a range of one's own, whatever period was chosen before.
  function customOnDates(page) {
    var preset = page.querySelector('#r-preset');
    page.querySelectorAll('[data-report-date]').forEach(function (input) {
      input.addEventListener('change', function () {
        if (preset) {
          preset.value = 'CUSTOM';
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('report-dashboard');
    if (!page || !window.echarts) {
      return;
    }
    customOnDates(page);
    styleThroughCssom();
    fetch(page.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (tables) { draw(page, tables); })
      .catch(function () {
        // Without the figures the tables beneath still tell everything: no empty boxes.
        page.querySelectorAll('[data-table]').forEach(function (element) { element.classList.add('d-none'); });
      });
  });
}());
