// Export links (data-export="csv" or "xlsx") download a file the server writes while it is sent, which for a large
// range takes a while. Instead of leaving the officer to wonder, the file is fetched here and its progress shown
// beside the links, in the words the page gives (data-progress-* of [data-export-progress]); once complete it is
// saved under the server's name. Without this script, or without streams in the browser, the link downloads as
// any link does.
(function () {
  'use strict';

  var CR = 13;
  var LF = 10;
  var QUOTE = 34;
  var KILOBYTE = 1024;
  var MEGABYTE = 1024 * 1024;
  // Long enough for any browser to have started saving the file before its object URL goes (FileSaver.js's choice).
  var URL_LIFETIME_MS = 40000;

  function supported() {
    return typeof window.fetch === 'function' && typeof window.ReadableStream === 'function' && 'download' in
      document.createElement('a');
  }

  // Digits as the rest of the page writes them, grouped the reader's way.
  function numbers(fractionDigits) {
    return new Intl.NumberFormat(document.documentElement.lang || undefined, {
      numberingSystem: 'latn', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits
    });
  }

  function format(pattern, values) {
    return pattern.replace(/\{(\d+)\}/g, function (placeholder, index) {
      return index < values.length ? values[index] : placeholder;
    });
  }

  // Counts the records of a CSV as its bytes arrive: a CRLF ends one unless it stands inside a quoted cell. Quotes,
  // CR and LF are single bytes that UTF-8 never uses inside a multi-byte character, so bytes can be scanned as they
  // come, a chunk's end falling anywhere.
  function csvCounter() {
    var quoted = false;
    var afterCr = false;
    var records = 0;
    return {
      add: function (bytes) {
        for (var i = 0; i < bytes.length; i++) {
          var b = bytes[i];
          if (b === QUOTE) {
            quoted = !quoted;
          } else if (b === LF && afterCr && !quoted) {
            records++;
          }
          afterCr = b === CR;
        }
      },
      // The first record is the header of a list, or the title of a report's first table, and no row of it.
      rows: function () {
        return Math.max(0, records - 1);
      }
    };
  }

  // The name to save under: the RFC 5987 form first, which keeps an Arabic name, then the plain one, then the URL's.
  function fileName(disposition, url) {
    var extended = /filename\*\s*=\s*([^';]*)'[^']*'([^;\s]+)/i.exec(disposition || '');
    if (extended && /^utf-8$/i.test(extended[1])) {
      try {
        return decodeURIComponent(extended[2]);
      } catch (malformed) {
        // Fall through to the plain name.
      }
    }
    var plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;\s]+))/i.exec(disposition || '');
    if (plain) {
      return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2];
    }
    var path = new URL(url, document.baseURI).pathname;
    return path.substring(path.lastIndexOf('/') + 1);
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, URL_LIFETIME_MS);
  }

  // The bar and the status beside one group of export links.
  function progressOf(area) {
    var root = area.querySelector('[data-export-progress]');
    var container = root.querySelector('[role=progressbar]');
    var bar = container.querySelector('.progress-bar');
    var status = root.querySelector('[role=status]');
    var words = root.dataset;

    function percent(value) {
      container.setAttribute('aria-valuenow', String(value));
      bar.style.width = value + '%';
    }

    return {
      start: function (counted) {
        status.classList.remove('text-danger', 'text-prewrap');
        status.textContent = '';
        bar.classList.remove('bg-success');
        // A workbook is a zip whose rows cannot be counted while it arrives, and no length is sent: the bar only
        // says that it is coming.
        bar.classList.toggle('progress-bar-striped', !counted);
        bar.classList.toggle('progress-bar-animated', !counted);
        if (counted) {
          percent(0);
        } else {
          container.removeAttribute('aria-valuenow');
          bar.style.width = '100%';
        }
        container.hidden = false;
      },
      rows: function (rows, total) {
        var shown = Math.min(rows, total);
        if (total > 0) {
          percent(Math.floor(shown * 100 / total));
        }
        status.textContent = format(words.progressRows, [numbers(0).format(shown), numbers(0).format(total)]);
      },
      bytes: function (received) {
        status.textContent = received < MEGABYTE
          ? format(words.progressKilobytes, [numbers(0).format(Math.ceil(received / KILOBYTE))])
          : format(words.progressMegabytes, [numbers(1).format(received / MEGABYTE)]);
      },
      done: function () {
        bar.classList.remove('progress-bar-striped', 'progress-bar-animated');
        bar.classList.add('bg-success');
        percent(100);
        status.textContent = format(words.progressDone, [status.textContent]);
      },
      failed: function (text) {
        container.hidden = true;
        status.classList.add('text-danger', 'text-prewrap');
        status.textContent = text || words.progressFailed;
      }
    };
  }

  function setRunning(area, running) {
    area.toggleAttribute('data-export-running', running);
    area.querySelectorAll('a[data-export]').forEach(function (link) {
      link.classList.toggle('disabled', running);
      if (running) {
        link.setAttribute('aria-disabled', 'true');
      } else {
        link.removeAttribute('aria-disabled');
      }
    });
  }

  // A refused export (the dashboard's names the fields in plain text) is shown as the server words it; an error
  // page in HTML is no text for the status, so the general words stand instead.
  function refusal(response) {
    var type = response.headers.get('Content-Type') || '';
    if (!/^text\/plain/i.test(type)) {
      return Promise.resolve('');
    }
    return response.text().then(function (text) { return text.trim(); });
  }

  function receive(response, counted, progress) {
    var total = Number(response.headers.get('X-Total-Rows')) || 0;
    var reader = response.body.getReader();
    var counter = csvCounter();
    var chunks = [];
    var received = 0;

    function show() {
      if (counted) {
        progress.rows(counter.rows(), total);
      } else {
        progress.bytes(received);
      }
    }

    function next() {
      return reader.read().then(function (step) {
        if (step.done) {
          return new Blob(chunks, { type: response.headers.get('Content-Type') || '' });
        }
        chunks.push(step.value);
        received += step.value.length;
        if (counted) {
          counter.add(step.value);
        }
        show();
        return next();
      });
    }

    show();
    return next();
  }

  function exportFile(link) {
    var area = link.closest('[data-export-area]');
    var counted = link.dataset.export === 'csv';
    var progress = progressOf(area);
    setRunning(area, true);
    progress.start(counted);
    fetch(link.href, { credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected) {
          // The session has ended and the sign-in page answered: let the browser follow the link itself.
          window.location.assign(link.href);
          return null;
        }
        if (!response.ok || !response.body) {
          return refusal(response).then(progress.failed);
        }
        return receive(response, counted, progress).then(function (blob) {
          save(blob, fileName(response.headers.get('Content-Disposition'), link.href));
          progress.done();
        });
      })
      .catch(function () { progress.failed(''); })
      .finally(function () { setRunning(area, false); });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-export]');
    // A click with a modifier opens or saves the link the browser's own way.
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
      || !supported() || !link.closest('[data-export-area]')) {
      return;
    }
    event.preventDefault();
    if (!link.closest('[data-export-area]').hasAttribute('data-export-running')) {
      exportFile(link);
    }
  });
}());
