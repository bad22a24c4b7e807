/*
 * Vern cookie banner (docs/cookie-banner.md). One tag on the site:
 *   <script src="https://vern.example.no/public/cookies/banner.js" data-lang="nb" defer></script>
 * Reads its configuration from Vern (/public/cookies/config), keeps the choice in the site's own
 * first-party cookie, posts every choice to Vern's consent log, and runs marked scripts and iframes
 * (data-vern-category) only after consent. Plain ES2017, no dependencies, no build step.
 */
(function () {
  "use strict";
  if (window.VernCookies) return; // included twice: the first copy does the work

  var me = document.currentScript || document.querySelector('script[src*="/public/cookies/banner.js"]');
  var src = me ? me.src : "";
  var base = src.replace(/\/public\/cookies\/banner\.js([?#].*)?$/, "");
  var wanted = (me && me.getAttribute("data-lang")) || document.documentElement.lang || "nb";
  var lang = /^en/i.test(wanted) ? "en" : "nb";
  var MARKED = 'script[type="text/plain"][data-vern-category]';
  var FRAMES = "iframe[data-vern-src][data-vern-category]";
  var SIGNALS = ["ad_storage", "analytics_storage", "ad_user_data", "ad_personalization", "functionality_storage", "personalization_storage"];
  var CSS =
    ".vern-cc-root{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:flex-end;justify-content:center;background:rgba(0,0,0,.35);font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b}" +
    ".vern-cc-root *,.vern-cc-root *::before,.vern-cc-root *::after,.vern-cc-float,.vern-cc-placeholder{box-sizing:border-box}" +
    ".vern-cc-dialog{position:relative;background:#fff;width:100%;max-width:44rem;max-height:100%;overflow:auto;padding:1.25rem 1.25rem 1rem;border-radius:.5rem .5rem 0 0;box-shadow:0 -2px 16px rgba(0,0,0,.25);outline:none}" +
    ".vern-cc-title{font-size:1.25rem;line-height:1.3;margin:0 2.5rem .5rem 0;font-weight:700}" +
    ".vern-cc-dialog p{margin:0 0 .75rem}" +
    ".vern-cc-gpc{padding:.5rem .75rem;border-left:4px solid #1f4e8c;background:#eef3fa}" +
    ".vern-cc-dialog a{color:#1f4e8c;text-decoration:underline}" +
    ".vern-cc-btns{display:flex;gap:.5rem;margin-top:1rem}" +
    ".vern-cc-btn{flex:1 1 0;min-width:0;min-height:2.75rem;padding:.6rem .75rem;border:2px solid #1b1b1b;border-radius:.375rem;background:#1b1b1b;color:#fff;font:inherit;font-weight:600;cursor:pointer;white-space:normal}" +
    ".vern-cc-btn:hover{background:#3a3a3a}" +
    ".vern-cc-x{position:absolute;top:.5rem;right:.5rem;width:2.75rem;height:2.75rem;border:0;background:none;font:inherit;font-size:1.5rem;line-height:1;color:#1b1b1b;cursor:pointer}" +
    ".vern-cc-root :focus-visible,.vern-cc-float:focus-visible,.vern-cc-placeholder button:focus-visible{outline:3px solid #1f4e8c;outline-offset:2px;box-shadow:0 0 0 5px #fff}" +
    ".vern-cc-root .vern-cc-dialog:focus-visible{outline:none;box-shadow:0 -2px 16px rgba(0,0,0,.25)}" +
    ".vern-cc-cat{border-top:1px solid #d0d0d0;padding:.75rem 0}" +
    ".vern-cc-row{display:flex;align-items:center;justify-content:space-between;gap:1rem}" +
    ".vern-cc-row label,.vern-cc-name{font-weight:700;cursor:pointer}" +
    ".vern-cc-on{font-size:.875rem;font-weight:600;color:#2c5e1a}" +
    ".vern-cc-switch{appearance:none;-webkit-appearance:none;flex:none;width:3rem;height:1.75rem;margin:0;border:2px solid #1b1b1b;border-radius:1rem;background:#fff;position:relative;cursor:pointer}" +
    ".vern-cc-switch::after{content:'';position:absolute;top:2px;left:2px;width:1.2rem;height:1.2rem;border-radius:50%;background:#1b1b1b;transition:left .15s}" +
    ".vern-cc-switch:checked{background:#1f4e8c;border-color:#1f4e8c}" +
    ".vern-cc-switch:checked::after{left:1.35rem;background:#fff}" +
    ".vern-cc-desc{margin:.25rem 0 0;font-size:.9375rem}" +
    ".vern-cc-cat details{margin-top:.25rem;font-size:.875rem}" +
    ".vern-cc-cat summary{cursor:pointer;color:#1f4e8c}" +
    ".vern-cc-cookies{list-style:none;margin:.25rem 0 0;padding:0}" +
    ".vern-cc-cookies li{padding:.375rem 0;border-bottom:1px dotted #d0d0d0;overflow-wrap:anywhere}" +
    ".vern-cc-float{position:fixed;left:.75rem;bottom:.75rem;z-index:2147482999;padding:.5rem .75rem;border:2px solid #1b1b1b;border-radius:1.5rem;background:#fff;color:#1b1b1b;font:600 .875rem/1.2 system-ui,sans-serif;cursor:pointer}" +
    ".vern-cc-placeholder{display:inline-block;overflow:auto;padding:.5rem;border:1px solid #b0b0b0;background:#f3f3f3;color:#1b1b1b;font:.8125rem/1.3 system-ui,sans-serif;text-align:center}" +
    ".vern-cc-placeholder p{margin:0 0 .375rem}.vern-cc-placeholder button{padding:.3rem .75rem;border:2px solid #1b1b1b;border-radius:.375rem;background:#1b1b1b;color:#fff;font:inherit;font-weight:600;cursor:pointer}" +
    "@media (max-width:600px){.vern-cc-btns{flex-direction:column}.vern-cc-btn{flex:none;width:100%}}";

  var config = null; // the answer of /public/cookies/config
  var state = null; // {id, c, v, t}: the choice in the vern_consent cookie, when still valid
  var root = null; // the open dialog's overlay
  var floater = null;
  var returnFocus = null;
  var gpcOn = navigator.globalPrivacyControl === true;

  // --- Google Consent Mode v2 -------------------------------------------------------------
  function gtag() {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push(arguments);
  }
  function consentMode(kind, accepted) {
    var signals = {};
    SIGNALS.forEach(function (s) {
      signals[s] = "denied";
    });
    if (accepted) {
      config.categories.forEach(function (c) {
        if (accepted.indexOf(c.id) >= 0 || c.required) {
          (c.consentMode || []).forEach(function (s) {
            signals[s] = "granted";
          });
        }
      });
    }
    if (kind === "default") signals.wait_for_update = 500;
    (typeof window.gtag === "function" ? window.gtag : gtag)("consent", kind, signals);
  }
  // data-consent-mode="google" on the tag: defaults at once, before any other script of the page.
  var earlyDefaults = me && me.getAttribute("data-consent-mode") === "google";
  if (earlyDefaults) {
    gtag("consent", "default", { ad_storage: "denied", analytics_storage: "denied", ad_user_data: "denied", ad_personalization: "denied", functionality_storage: "denied", personalization_storage: "denied", wait_for_update: 500 });
  }

  // --- The first-party cookie --------------------------------------------------------------
  function readState() {
    var name = config.consentCookie + "=";
    var raw = document.cookie.split("; ").filter(function (p) {
      return p.indexOf(name) === 0;
    })[0];
    if (!raw) return null;
    try {
      var json = atob(raw.slice(name.length).replace(/-/g, "+").replace(/_/g, "/"));
      var value = JSON.parse(json);
      return value && Array.isArray(value.c) ? value : null;
    } catch (e) {
      return null;
    }
  }
  function current(value) {
    var age = Date.now() / 1000 - (value.t || 0);
    return value.v === config.materialHash && age >= 0 && age < config.maxAgeDays * 86400;
  }
  function writeState(value) {
    var encoded = btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    document.cookie = config.consentCookie + "=" + encoded + "; path=/; max-age=" + config.maxAgeDays * 86400 + "; SameSite=Lax" + (location.protocol === "https:" ? "; Secure" : "");
  }

  // --- Enforcement -------------------------------------------------------------------------
  function allowed(element) {
    var accepted = state ? state.c : [];
    return element
      .getAttribute("data-vern-category")
      .split(/\s+/)
      .every(function (id) {
        return id === "necessary" || accepted.indexOf(id) >= 0;
      });
  }
  function enforce() {
    if (!config) return;
    document.querySelectorAll(MARKED).forEach(function (old) {
      if (!allowed(old)) return;
      var live = document.createElement("script");
      Array.prototype.forEach.call(old.attributes, function (a) {
        if (a.name !== "type") live.setAttribute(a.name, a.value);
      });
      if (old.hasAttribute("data-vern-type")) live.type = old.getAttribute("data-vern-type");
      live.async = old.hasAttribute("async");
      live.text = old.text;
      old.parentNode.replaceChild(live, old); // the marked element is gone: it never runs twice
    });
    document.querySelectorAll(FRAMES).forEach(function (frame) {
      var ph = frame.previousElementSibling;
      var held = ph && ph.classList.contains("vern-cc-placeholder") ? ph : null;
      if (allowed(frame)) {
        if (frame.getAttribute("src") !== frame.getAttribute("data-vern-src")) frame.setAttribute("src", frame.getAttribute("data-vern-src"));
        if (held) {
          frame.style.display = held.getAttribute("data-display") || "";
          held.remove();
        }
      } else if (!held) {
        placeholder(frame);
      }
    });
  }
  // Takes exactly the iframe's box (size, margins, alignment), so swapping it in or out shifts nothing.
  function placeholder(frame) {
    var cs = getComputedStyle(frame);
    var w = frame.offsetWidth || parseInt(frame.getAttribute("width"), 10) || 300;
    var h = frame.offsetHeight || parseInt(frame.getAttribute("height"), 10) || 150;
    var id = frame.getAttribute("data-vern-category").split(/\s+/)[0];
    var category = byId(id);
    var ph = el("div", "vern-cc-placeholder");
    ph.setAttribute("data-display", frame.style.display);
    ph.style.cssText = "width:" + w + "px;height:" + h + "px;max-width:100%;margin:" + cs.margin + ";vertical-align:" + cs.verticalAlign + ";float:" + cs.cssFloat + (cs.display === "inline" ? "" : ";display:block");
    ph.appendChild(el("p", "", text("placeholder").replace("{category}", category ? category.name : id)));
    var button = el("button", "", text("placeholderButton").replace("{category}", category ? category.name : id));
    button.type = "button";
    button.addEventListener("click", function () {
      var accepted = (state ? state.c : []).concat([id]);
      choose(accepted, "choose");
    });
    ph.appendChild(button);
    frame.parentNode.insertBefore(ph, frame);
    if (frame.hasAttribute("src")) frame.setAttribute("src", "about:blank");
    frame.style.display = "none";
  }
  // Deletes the declared cookies of categories no longer accepted: exact names and prefix patterns,
  // host-only and on every parent domain, on path=/ and on the page's own path.
  function forget(categories) {
    var names = document.cookie.split("; ").map(function (p) {
      return p.split("=")[0];
    });
    var host = location.hostname.split(".");
    var domains = [""];
    for (var i = 0; i < host.length - 1; i++) domains.push("; domain=" + host.slice(i).join("."));
    var paths = ["; path=/", ""];
    categories.forEach(function (id) {
      (byId(id) || { cookies: [] }).cookies.forEach(function (cookie) {
        names
          .filter(function (n) {
            return cookie.pattern ? n.indexOf(cookie.name.replace(/\*$/, "")) === 0 : n === cookie.name;
          })
          .forEach(function (n) {
            domains.forEach(function (d) {
              paths.forEach(function (p) {
                document.cookie = n + "=; max-age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT" + p + d;
              });
            });
          });
      });
    });
  }

  // --- A choice ----------------------------------------------------------------------------
  function optional() {
    return config.categories.filter(function (c) {
      return !c.required;
    });
  }
  function byId(id) {
    return config.categories.filter(function (c) {
      return c.id === id;
    })[0];
  }
  function choose(accepted, method) {
    var known = optional().map(function (c) {
      return c.id;
    });
    accepted = known.filter(function (id) {
      return accepted.indexOf(id) >= 0;
    });
    // Vern is told what the visitor asked for; under GPC it refuses the restricted categories
    // itself (and records that it did), and the page refuses them here alike.
    var asked = accepted;
    var gpcRefused = false;
    if (gpcOn && method !== "choose") {
      accepted = accepted.filter(function (id) {
        return !byId(id).restrictedByGpc;
      });
      gpcRefused = optional().some(function (c) {
        return c.restrictedByGpc;
      });
    }
    var old = readState(); // also a choice made before a material change: its cookies go too
    var withdrawn = (old ? old.c : []).filter(function (id) {
      return accepted.indexOf(id) < 0;
    });
    // "withdraw" is all consent taken back (Vern then records only necessary); a partial
    // withdrawal is a choice whose refused list names what was taken back.
    if (withdrawn.length && !accepted.length) method = "withdraw";
    else if (gpcRefused) method = "gpc";
    state = { id: old && old.id, c: accepted, v: config.materialHash, t: Math.floor(Date.now() / 1000) };
    writeState(state);
    forget(withdrawn);
    if (config.googleConsentMode) consentMode("update", accepted);
    enforce();
    close();
    document.dispatchEvent(new CustomEvent("vern:consent", { detail: { accepted: accepted.slice(), method: method } }));
    var body = { accepted: asked, gpc: gpcOn, url: location.origin + location.pathname, bannerVersion: config.bannerVersion, materialHash: config.materialHash, textHash: config.textHash, language: config.language, method: method };
    if (state.id) body.consentId = state.id;
    var sent = state;
    return fetch(config.consentsUrl, { method: "POST", keepalive: true, credentials: "omit", headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (answer) {
        if (answer && answer.consentId && sent === state) {
          state.id = answer.consentId;
          writeState(state);
        }
      })
      .catch(function () {
        /* the choice stays on this device; the next choice is posted again */
      });
  }

  // --- The dialog ----------------------------------------------------------------------------
  function text(key) {
    return (config.texts && config.texts[key]) || key;
  }
  function el(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (content != null) node.textContent = content;
    return node;
  }
  function button(key, onClick) {
    var b = el("button", "vern-cc-btn", text(key));
    b.type = "button";
    b.setAttribute("data-vern-cc", key);
    b.addEventListener("click", onClick);
    return b;
  }
  function allIds() {
    return optional().map(function (c) {
      return c.id;
    });
  }
  function actions(dialog, saveBox) {
    var row = el("div", "vern-cc-btns");
    row.appendChild(button("acceptAll", function () {
      choose(allIds(), "accept-all");
    }));
    row.appendChild(button("rejectAll", function () {
      choose([], "reject-all");
    }));
    row.appendChild(
      saveBox
        ? button("save", function () {
            choose(
              Array.prototype.filter
                .call(saveBox.querySelectorAll("input"), function (i) {
                  return i.checked;
                })
                .map(function (i) {
                  return i.value;
                }),
              "choose"
            );
          })
        : button("choose", function () {
            open(true);
          })
    );
    dialog.appendChild(row);
  }
  function cookieLine(cookie) {
    var li = el("li");
    li.appendChild(el("strong", "", cookie.name));
    var lifetime = cookie.session ? text("lifetimeSession") : cookie.lifetime || cookie.maxAge || "";
    li.appendChild(document.createTextNode(" · " + [cookie.provider, text("party." + cookie.party), lifetime].filter(Boolean).join(" · ")));
    li.appendChild(el("div", "", cookie.purpose || ""));
    return li;
  }
  function categoryBlock(c, box, chosen) {
    var block = el("div", "vern-cc-cat");
    var row = el("div", "vern-cc-row");
    var fieldId = "vern-cc-" + c.id;
    if (c.required) {
      row.appendChild(el("span", "vern-cc-name", c.name));
      row.appendChild(el("span", "vern-cc-on", text("alwaysOn")));
    } else {
      var label = el("label", "", c.name);
      label.htmlFor = fieldId;
      var input = el("input", "vern-cc-switch");
      input.type = "checkbox";
      input.id = fieldId;
      input.value = c.id;
      input.setAttribute("role", "switch");
      input.setAttribute("aria-describedby", fieldId + "-d");
      input.checked = chosen.indexOf(c.id) >= 0;
      row.appendChild(label);
      row.appendChild(input);
    }
    block.appendChild(row);
    var desc = el("p", "vern-cc-desc", c.description || "");
    desc.id = fieldId + "-d";
    block.appendChild(desc);
    if (c.cookies && c.cookies.length) {
      var details = el("details");
      details.appendChild(el("summary", "", text("cookiesIn") + " (" + c.cookies.length + ")"));
      var list = el("ul", "vern-cc-cookies");
      c.cookies.forEach(function (cookie) {
        list.appendChild(cookieLine(cookie));
      });
      details.appendChild(list);
      block.appendChild(details);
    }
    box.appendChild(block);
  }
  function focusables() {
    return Array.prototype.filter.call(root.querySelectorAll("button,a[href],input,summary"), function (n) {
      return !n.disabled && n.offsetParent !== null;
    });
  }
  function onKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    } else if (e.key === "Tab") {
      var nodes = focusables();
      var first = nodes[0];
      var last = nodes[nodes.length - 1];
      var inside = root.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    }
  }
  function open(choices) {
    if (!config) return;
    var keepFocus = root ? returnFocus : document.activeElement;
    close();
    returnFocus = keepFocus;
    root = el("div", "vern-cc-root");
    var dialog = el("div", "vern-cc-dialog");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", "vern-cc-title");
    dialog.setAttribute("aria-describedby", "vern-cc-body");
    dialog.setAttribute("lang", config.language);
    dialog.tabIndex = -1;
    var title = el("h2", "vern-cc-title", text(choices ? "settings" : "title"));
    title.id = "vern-cc-title";
    dialog.appendChild(title);
    var x = el("button", "vern-cc-x", "\u00d7");
    x.type = "button";
    x.setAttribute("aria-label", text("close"));
    x.addEventListener("click", close);
    dialog.appendChild(x);
    var body = el("p", "", text("body") + " ");
    body.id = "vern-cc-body";
    var link = el("a", "", config.texts.privacy || (config.language === "en" ? "Privacy notice" : "Personvernerkl\u00e6ring"));
    link.href = config.privacyUrl;
    body.appendChild(link);
    dialog.appendChild(body);
    if (gpcOn) dialog.appendChild(el("p", "vern-cc-gpc", text("gpcHonoured")));
    var box = null;
    if (choices) {
      box = el("div", "vern-cc-cats");
      config.categories.forEach(function (c) {
        categoryBlock(c, box, state ? state.c : []);
      });
      dialog.appendChild(box);
      if (state && state.id) {
        var receipt = el("a", "", text("receipt"));
        receipt.href = config.consentsUrl + "/" + encodeURIComponent(state.id) + "/receipt";
        receipt.target = "_blank";
        receipt.rel = "noopener";
        var p = el("p");
        p.appendChild(receipt);
        dialog.appendChild(p);
      }
    }
    actions(dialog, box);
    root.appendChild(dialog);
    root.addEventListener("keydown", onKey);
    document.body.appendChild(root);
    if (floater) floater.hidden = true;
    root.setAttribute("data-vern-cc-open", choices ? "choices" : "first");
    dialog.focus({ preventScroll: true });
  }
  function close() {
    if (!root) return;
    root.remove();
    root = null;
    if (floater) floater.hidden = false;
    if (returnFocus && returnFocus.focus && document.contains(returnFocus)) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }
  function floatingButton() {
    if (!config.floatingButton || floater) return;
    floater = el("button", "vern-cc-float", text("settings"));
    floater.type = "button";
    floater.setAttribute("data-vern-cookie-settings", "");
    document.body.appendChild(floater);
  }

  // --- Start -------------------------------------------------------------------------------
  document.addEventListener("click", function (e) {
    var t = e.target.closest && e.target.closest("[data-vern-cookie-settings]");
    if (t && config) {
      e.preventDefault();
      open(true);
    }
  });
  function start(answer) {
    config = answer;
    if (config.gpc) gpcOn = true;
    var stored = readState();
    state = stored && current(stored) ? stored : null;
    if (config.googleConsentMode) {
      if (!earlyDefaults) consentMode("default", null);
      if (state) consentMode("update", state.c);
    }
    var style = el("style", "", CSS);
    style.id = "vern-cc-style";
    document.head.appendChild(style);
    enforce();
    new MutationObserver(function (changes) {
      var marked = changes.some(function (m) {
        return Array.prototype.some.call(m.addedNodes, function (n) {
          return n.nodeType === 1 && ((n.matches && (n.matches(MARKED) || n.matches(FRAMES))) || (n.querySelector && n.querySelector(MARKED + "," + FRAMES)));
        });
      });
      if (marked) enforce();
    }).observe(document.documentElement, { childList: true, subtree: true });
    floatingButton();
    if (!state) open(false);
  }
  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }
  var loading = fetch(base + "/public/cookies/config?lang=" + lang, { credentials: "omit" }).then(function (r) {
    if (!r.ok) throw new Error("config " + r.status);
    return r.json();
  });
  loading.then(
    function (answer) {
      ready(function () {
        start(answer);
      });
    },
    function (e) {
      // Without a configuration nothing marked runs: failing closed is the lawful default.
      if (window.console) console.warn("Vern cookie banner: no configuration", e);
    }
  );

  window.VernCookies = {
    open: function () {
      open(true);
    },
    accepted: function (id) {
      return !!(state && (state.c.indexOf(id) >= 0 || id === "necessary"));
    },
  };
})();
