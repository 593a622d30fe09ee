// The page's own script: it reads the report data from the JSON block and draws one Chart.js chart per
// <canvas data-chart="…">. It is a fixed string: no report value is ever spliced into it, and the page's
// Content-Security-Policy allows exactly this text and Chart.js's by hash. Text drawn on a canvas
// (labels, tooltips) is pixels, not markup, so scraped names cannot inject anything there either. The
// map is not drawn here: it is an SVG in the page already.
import { KOREAN_FONT_STACK } from './korean-font-stack.js';

/** The client script; it sets `data-charts="ready"` (or "failed") on <html> when done. */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  function fail(message) {
    root.setAttribute('data-charts', 'failed');
    var box = document.getElementById('report-error');
    if (box) { box.hidden = false; box.textContent = message; }
  }
  if (typeof Chart === 'undefined') { fail('Chart.js가 로드되지 않았습니다.'); return; }
  var data;
  try {
    data = JSON.parse(document.getElementById('report-data').textContent);
  } catch (error) {
    fail('리포트 데이터를 읽을 수 없습니다: ' + error);
    return;
  }
  var PALETTE = [
    [54, 162, 235], [255, 99, 132], [75, 192, 192], [255, 159, 64], [153, 102, 255],
    [255, 205, 86], [46, 139, 87], [201, 79, 124], [99, 110, 250], [140, 86, 75],
    [23, 190, 207], [127, 127, 127]
  ];
  function color(index, alpha) {
    var c = PALETTE[index % PALETTE.length];
    return 'rgba(' + c[0] + ',' + c[1] + ',' + c[2] + ',' + alpha + ')';
  }
  function regionName(region) { return region === null ? '위치 미상' : region; }
  Chart.defaults.animation = false;
  Chart.defaults.font.family = ${JSON.stringify(KOREAN_FONT_STACK)};
  var UNCLASSIFIED = 'rgba(154,165,177,0.9)';

  function horizontalBars(labels, values, colors, axisTitle) {
    return {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: '채용 수', data: values, backgroundColor: colors }] },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, title: { display: true, text: axisTitle } } }
      }
    };
  }

  var builders = {
    stackTrend: function (chart) {
      if (chart.granularity === 'snapshot') {
        return horizontalBars(
          chart.series.map(function (s) { return s.name; }),
          chart.series.map(function (s) { return s.postings; }),
          chart.series.map(function (s, i) { return color(i, 0.8); }),
          '채용 수 (' + (chart.periods[0] || '') + ')'
        );
      }
      return {
        type: 'line',
        data: {
          labels: chart.periods,
          datasets: chart.series.map(function (s, i) {
            return { label: s.name, data: s.counts, borderColor: color(i, 1), backgroundColor: color(i, 0.2), tension: 0 };
          })
        },
        options: {
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            y: { beginAtZero: true, title: { display: true, text: '채용 수' } },
            x: { title: { display: true, text: chart.granularity === 'day' ? '날짜 (KST)' : '주 (월요일, KST)' } }
          }
        }
      };
    },
    stackRegion: function (chart) {
      return {
        type: 'bar',
        data: {
          labels: chart.regions.map(regionName),
          datasets: chart.series.map(function (s, i) {
            return { label: s.name, data: s.counts, backgroundColor: color(i, 0.8) };
          })
        },
        options: {
          maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: '채용 수 (스택별)' } } }
        }
      };
    },
    jobFamilies: function (families) {
      var labels = families.map(function (f) { return f.name; });
      var values = families.map(function (f) { return f.postings; });
      var colors = families.map(function () { return color(0, 0.8); });
      if (data.totals.unclassifiedJobs > 0) {
        labels.push('직군 미분류');
        values.push(data.totals.unclassifiedJobs);
        colors.push(UNCLASSIFIED);
      }
      return horizontalBars(labels, values, colors, '채용 수');
    }
  };

  try {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      var name = canvases[i].getAttribute('data-chart');
      new Chart(canvases[i], builders[name](data[name]));
    }
    root.setAttribute('data-charts', 'ready');
  } catch (error) {
    fail('차트를 그리지 못했습니다: ' + error);
  }
})();
`;
