// The hosted page's side of web/service_worker.js: registers the worker that
// keeps Rumbo working with no network, and when a new version has been
// deployed and is ready, offers to switch to it. It never reloads by itself:
// the user says when, and the open work is saved first. Not part of the
// single-file rumbo.html (no service worker from file://).
(function () {
  'use strict';

  if (!('serviceWorker' in navigator)) return;

  const tag = navigator.language || '';
  const lang = /^es\b/i.test(tag) ? 'es' : /^pt\b/i.test(tag) ? 'pt-BR' : 'en';
  const words = lang === 'es'
    ? {
      text: 'Hay una versión nueva de Rumbo.',
      update: 'Actualizar ahora',
      later: 'Más tarde',
      saving: 'Guardando el trabajo abierto…',
      notSaved: 'No se pudo guardar el trabajo abierto, así que Rumbo no se actualizó. Inténtelo más tarde.',
    }
    : lang === 'pt-BR' ? {
      text: 'Há uma nova versão do Rumbo.',
      update: 'Atualizar agora',
      later: 'Mais tarde',
      saving: 'Salvando o trabalho aberto…',
      notSaved: 'Não foi possível salvar o trabalho aberto, então o Rumbo não foi atualizado. Tente novamente mais tarde.',
    }
    : {
      text: 'There is a new version of Rumbo.',
      update: 'Update now',
      later: 'Later',
      saving: 'Saving the open work…',
      notSaved: 'The open work could not be saved, so Rumbo was not updated. Please try again later.',
    };

  const $ = (id) => document.getElementById(id);
  let updating = false;

  function offerUpdate(registration) {
    const banner = $('update-banner');
    if (!banner || updating) return;
    banner.lang = lang;
    $('update-text').textContent = words.text;
    $('update-now').textContent = words.update;
    $('update-later').textContent = words.later;
    $('update-now').disabled = false;
    $('update-now').onclick = () => update(registration);
    $('update-later').onclick = () => { banner.hidden = true; };
    banner.hidden = false;
  }

  async function update(registration) {
    updating = true;
    $('update-now').disabled = true;
    $('update-text').textContent = words.saving;
    try {
      if (window.rumbo && typeof window.rumbo.flushSave === 'function') await window.rumbo.flushSave();
    } catch (error) {
      updating = false;
      $('update-text').textContent = words.notSaved;
      $('update-now').disabled = false;
      console.warn('Rumbo: not updated, the open work could not be saved:', error);
      return;
    }
    const waiting = registration.waiting;
    // Another tab may have switched already; then this page only needs to reload.
    if (waiting) waiting.postMessage('rumbo-activate');
    else location.reload();
  }

  // Only the tab where the user asked reloads: other open tabs keep running
  // the version they started with until their own user reloads them.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) location.reload();
  });

  function watch(registration) {
    // A worker that was already waiting when the page opened (the page was
    // reloaded, or another tab is still open on the old version).
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // With no controller this is the first visit's worker, not an update.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(registration);
      });
    });
    // Workshops keep a tab open for hours: look for a new version now and
    // then (the browser also looks on every visit). Offline it just fails.
    setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
  }

  function register() {
    navigator.serviceWorker.register('service_worker.js', { scope: './' })
      .then(watch)
      .catch((error) => console.warn('Rumbo will not work offline here:', error));
  }

  // On a first visit the worker downloads the whole app once more: wait until
  // the page's own download is done and the app is on screen (or has failed).
  function registerWhenSettled() {
    const settled = (window.rumbo && window.rumbo.ready) || !$('failure') || !$('failure').hidden;
    if (settled) register();
    else setTimeout(registerWhenSettled, 500);
  }
  if (document.readyState === 'complete') registerWhenSettled();
  else window.addEventListener('load', registerWhenSettled, { once: true });
})();
