/*
 * Kohtaamo's enhancements. Every page works without this script; with it:
 * - the contact form suggests knowledge articles while the client types (data-suggest names the
 *   polite live region the suggestions go to);
 * - staff pages keep their figures current: elements marked data-live="seconds" (with an id) are
 *   refreshed from the same page that often (15 s at the least) while the tab is visible;
 * - a form marked data-challenge (the id of its challenge field) solves the spam check's proof of
 *   work in the background while the person writes and posts the solution as "altcha" (ALTCHA's
 *   payload). Without it the form still goes through once it has taken a person's time;
 * - a push offer's time left (data-countdown="seconds", rendered by the server) counts down each
 *   second and then says it expired (data-expired). It only shows the time: nothing is accepted or
 *   declined by the script, and without it the server's figure stands.
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

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function solveChallenge(form) {
    var field = document.getElementById(form.getAttribute('data-challenge'));
    if (!field || !window.crypto || !window.crypto.subtle || !window.TextEncoder || !window.atob) {
      return;
    }
    var challenge;
    try {
      challenge = JSON.parse(window.atob(field.value));
    } catch (e) {
      return;
    }
    var encoder = new TextEncoder();
    var number = 0;
    var solved = false;
    var sendWhenSolved = false;
    // Sent before the check is solved (a quick hand, a slow device): held until it is, a moment.
    form.addEventListener('submit', function (event) {
      if (!solved && number <= challenge.maxnumber) {
        event.preventDefault();
        sendWhenSolved = true;
      }
    });
    function next() {
      // A batch at a time, so that typing stays smooth.
      var batch = [];
      for (var end = Math.min(number + 500, challenge.maxnumber + 1); number < end; number++) {
        batch.push(window.crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + number)));
      }
      var first = number - batch.length;
      Promise.all(batch).then(function (hashes) {
        for (var i = 0; i < hashes.length; i++) {
          if (hex(hashes[i]) === challenge.challenge) {
            var solution = document.createElement('input');
            solution.type = 'hidden';
            solution.name = 'altcha';
            solution.value = window.btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge,
              number: first + i, salt: challenge.salt, signature: challenge.signature }));
            form.appendChild(solution);
            solved = true;
            if (sendWhenSolved) {
              form.submit();
            }
            return;
          }
        }
        if (number <= challenge.maxnumber) {
          window.setTimeout(next, 0);
        } else if (sendWhenSolved) {
          form.submit(); // not found (cannot happen with a challenge of ours): the server decides
        }
      }).catch(function () {
        number = challenge.maxnumber + 1; // no hashing here: the form goes as without a script
        if (sendWhenSolved) {
          form.submit();
        }
      });
    }
    next();
  }

  function countDown(timer) {
    var left = parseInt(timer.getAttribute('data-countdown'), 10);
    var shown = timer.textContent;
    if (isNaN(left)) {
      return;
    }
    var tick = window.setInterval(function () {
      left -= 1;
      if (left <= 0) {
        window.clearInterval(tick);
        timer.textContent = timer.getAttribute('data-expired');
      } else {
        timer.textContent = shown.replace(/\d+/, String(left));
      }
    }, 1000);
  }

  document.querySelectorAll('[data-suggest]').forEach(suggestWhileTyping);
  document.querySelectorAll('[data-countdown]').forEach(countDown);
  document.querySelectorAll('form[data-challenge]').forEach(solveChallenge);
  var live = Array.prototype.filter.call(document.querySelectorAll('[data-live]'), function (el) { return el.id; });
  if (live.length) {
    keepCurrent(live);
  }
}());
