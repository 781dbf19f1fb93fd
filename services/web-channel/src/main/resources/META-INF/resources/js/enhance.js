/*
 * Kohtaamo's enhancements. Every page works without this script; with it:
 * - the contact form suggests knowledge articles while the client types (data-suggest names the
 *   polite live region the suggestions go to);
 * - staff pages keep their figures current: elements marked data-live="seconds" (with an id) are
 *   refreshed from the same page that often (15 s at the least) while the tab is visible.
 */
(function () {
  'use strict';

  function suggestWhileTyping(area) {
    var region = document.getElementById(area.getAttribute('data-suggest'));
    var service = document.getElementById('serviceId');
    var timer = null;
    var asked = '';
    if (!region || !window.fetch) {
      return;
    }
    function ask() {
      var text = area.value.trim();
      var key = text + '|' + (service ? service.value : '');
      if (text.length < 3 || key === asked) {
        return;
      }
      asked = key;
      var url = '/contact/suggestions?text=' + encodeURIComponent(text.slice(-500))
        + '&lang=' + encodeURIComponent(document.documentElement.lang)
        + (service && service.value ? '&serviceId=' + encodeURIComponent(service.value) : '');
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) { return response.status === 200 ? response.text() : ''; })
        .then(function (html) {
          if (asked === key) {
            region.innerHTML = html;
          }
        })
        .catch(function () { /* suggestions are a help, not a step */ });
    }
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 400);
    }
    area.addEventListener('input', later);
    if (service) {
      service.addEventListener('change', later);
    }
  }

  function keepCurrent(parts) {
    if (!window.fetch || !window.DOMParser) {
      return;
    }
    var stopped = false;
    function refresh() {
      if (stopped || document.hidden) {
        return;
      }
      fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          // A signed-out session is sent to sign in: stop rather than show the sign-in page's parts.
          if (response.status !== 200 || response.redirected) {
            stopped = true;
            return null;
          }
          return response.text();
        })
        .then(function (html) {
          if (!html) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html');
          parts.forEach(function (part) {
            var replacement = fresh.getElementById(part.id);
            // Never pull content from under the keyboard: a part holding the focus waits for the next round.
            if (part.contains(document.activeElement)) {
              return;
            }
            if (replacement && replacement.innerHTML !== part.innerHTML) {
              part.innerHTML = replacement.innerHTML;
            }
          });
        })
        .catch(function () { /* the next round tries again */ });
    }
    var seconds = Math.max(15, Math.min.apply(null, parts.map(function (part) {
      return parseInt(part.getAttribute('data-live'), 10) || 15;
    })));
    window.setInterval(refresh, seconds * 1000);
  }

  document.querySelectorAll('[data-suggest]').forEach(suggestWhileTyping);
  var live = Array.prototype.filter.call(document.querySelectorAll('[data-live]'), function (el) { return el.id; });
  if (live.length) {
    keepCurrent(live);
  }
}());
