/*
 * Vern public forms, embeddable on any site listed in VERN_FORMS_ALLOWED_ORIGINS (docs/forms.md).
 *
 *   <div data-vern-form="contact" data-lang="nb"></div>
 *   <script src="https://vern.example.no/public/forms/embed.js" defer></script>
 *
 * Draws each form from its definition, posts it as JSON and shows Vern's answer: the confirmation,
 * or each field error next to its field. No dependencies, no cookies, no credentials sent; styles
 * are left to the page (class names start with "vern-"). On a site Vern does not allow to post,
 * it tells the developer in the console which setting to change and shows visitors a link to the
 * form on Vern's own page instead of an empty space.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var base = script ? script.src.replace(/\/public\/forms\/embed\.js(\?.*)?$/, "") : "";
  var counter = 0;

  function language(holder) {
    var wanted = holder.getAttribute("data-lang") || document.documentElement.lang || navigator.language || "nb";
    return /^en/i.test(wanted) ? "en" : "nb";
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function input(field, id, lang) {
    var node;
    if (field.type === "textarea") {
      node = element("textarea", { rows: "5" });
    } else if (field.type === "choice") {
      node = element("select");
      node.appendChild(element("option", { value: "" }, ""));
      field.options.forEach(function (option) {
        node.appendChild(element("option", { value: option.value }, option.label[lang]));
      });
    } else {
      var types = { email: "email", phone: "tel", date: "date", number: "text", checkbox: "checkbox" };
      node = element("input", { type: types[field.type] || "text" });
      if (field.type === "email") node.setAttribute("autocomplete", "email");
      if (field.type === "phone") node.setAttribute("autocomplete", "tel");
      if (field.type === "number") node.setAttribute("inputmode", "decimal");
    }
    node.id = id;
    node.name = field.name;
    if (field.maxLength && field.type !== "choice" && field.type !== "checkbox") {
      node.setAttribute("maxlength", String(field.maxLength));
    }
    if (field.required) node.setAttribute("aria-required", "true");
    return node;
  }

  function honeypot(name) {
    // Off-screen rather than hidden, so that robots filling every field still find it.
    var trap = element("div", { "aria-hidden": "true", class: "vern-trap" });
    trap.style.position = "absolute";
    trap.style.left = "-10000px";
    trap.style.width = "1px";
    trap.style.height = "1px";
    trap.style.overflow = "hidden";
    var label = element("label", {}, "Website");
    var field = element("input", { type: "text", name: name, tabindex: "-1", autocomplete: "off" });
    label.appendChild(field);
    trap.appendChild(label);
    return { node: trap, input: field };
  }

  // The id of the visitor's cookie choice on this site, from the cookie banner's own cookie
  // (vern_consent: base64url JSON with "id"), so Vern can link the choice to the person signing up.
  function withCookieConsent(body) {
    try {
      var match = document.cookie.match(/(?:^|;\s*)vern_consent=([^;]+)/);
      if (match) {
        var text = atob(decodeURIComponent(match[1]).replace(/-/g, "+").replace(/_/g, "/"));
        var id = JSON.parse(text).id;
        if (typeof id === "string" && /^[0-9a-fA-F-]{36}$/.test(id)) body.consentId = id;
      }
    } catch (unreadable) {
      // No usable choice: the form is sent without it.
    }
    return body;
  }

  // For the site's developer: what to change, with the exact origin to add.
  function explain(definition) {
    if (!window.console) return;
    var origin = window.location.origin;
    window.console.error(
      "Vern: this site (" + origin + ") may not send the form \"" + definition.id + "\". " +
      "Add its origin to VERN_FORMS_ALLOWED_ORIGINS on the Vern server, for example " +
      "VERN_FORMS_ALLOWED_ORIGINS=" + origin + " (comma-separated with the sites already there), " +
      "and restart Vern. Until then visitors see a link to the form on Vern's own page. " +
      "See docs/forms.md, \"Embedding on another site\"."
    );
  }

  // For the site's visitors: a short text and the way to the same form on Vern's own page.
  function fallback(holder, definition, lang) {
    var box = element("div", { class: "vern-fallback" });
    box.appendChild(element("p", { class: "vern-note" }, definition.texts.unavailable[lang]));
    var link = element("a", { class: "vern-fallback-link", href: base + definition.page + "?lang=" + lang },
      definition.texts.openPage[lang] + ": " + definition.title[lang]);
    var line = element("p");
    line.appendChild(link);
    box.appendChild(line);
    holder.replaceChildren(box);
    holder.setAttribute("data-vern-refused", "true");
  }

  function refused(holder, definition, lang) {
    explain(definition);
    fallback(holder, definition, lang);
  }

  function render(holder, definition, lang) {
    var prefix = "vern-" + definition.id + "-" + ++counter;
    var form = element("form", { class: "vern-form", novalidate: "novalidate", lang: lang });
    form.appendChild(element("h2", { class: "vern-title" }, definition.title[lang]));
    if (definition.texts.minimumAge) {
      form.appendChild(element("p", { class: "vern-note" }, definition.texts.minimumAge[lang]));
    }
    var inputs = {};
    var errors = {};
    definition.fields.forEach(function (field) {
      var id = prefix + "-" + field.name;
      var row = element("div", { class: "vern-field vern-field-" + field.type });
      var label = element("label", { for: id }, field.label[lang]);
      if (field.required) {
        label.appendChild(document.createTextNode(" "));
        label.appendChild(element("span", { class: "vern-required" }, definition.texts.required[lang]));
      }
      var control = input(field, id, lang);
      var error = element("p", { class: "vern-error", id: id + "-error" });
      error.hidden = true;
      control.setAttribute("aria-describedby", id + "-error");
      if (field.type === "checkbox") {
        row.appendChild(control);
        row.appendChild(label);
      } else {
        row.appendChild(label);
        row.appendChild(control);
      }
      row.appendChild(error);
      form.appendChild(row);
      inputs[field.name] = control;
      errors[field.name] = error;
    });
    var trap = honeypot(definition.honeypot);
    form.appendChild(trap.node);
    var summary = element("p", { class: "vern-form-error", role: "alert" });
    summary.hidden = true;
    form.appendChild(summary);
    var button = element("button", { type: "submit", class: "vern-submit" }, definition.texts.submit[lang]);
    form.appendChild(button);
    var privacy = element("p", { class: "vern-privacy" });
    var link = element("a", { href: base + definition.privacyNotice + "?lang=" + lang, target: "_blank", rel: "noopener" }, definition.texts.privacy[lang]);
    privacy.appendChild(link);
    form.appendChild(privacy);

    function clear() {
      summary.hidden = true;
      summary.textContent = "";
      Object.keys(errors).forEach(function (name) {
        errors[name].hidden = true;
        errors[name].textContent = "";
        inputs[name].removeAttribute("aria-invalid");
      });
    }

    function show(problem) {
      var unplaced = [];
      (problem.errors || []).forEach(function (error) {
        var name = (error.field || "").replace(/^fields\./, "");
        if (errors[name]) {
          errors[name].textContent = error.message;
          errors[name].hidden = false;
          inputs[name].setAttribute("aria-invalid", "true");
        } else {
          unplaced.push(error.message);
        }
      });
      summary.textContent = [problem.detail].concat(unplaced).filter(Boolean).join(" ");
      summary.hidden = false;
      var first = form.querySelector("[aria-invalid=true]");
      if (first) first.focus();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clear();
      var fields = {};
      Object.keys(inputs).forEach(function (name) {
        var control = inputs[name];
        fields[name] = control.type === "checkbox" ? control.checked : control.value;
      });
      button.disabled = true;
      button.textContent = definition.texts.sending[lang];
      fetch(base + definition.action, {
        method: "POST",
        mode: "cors",
        credentials: "omit",
        headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": lang },
        body: JSON.stringify(withCookieConsent({ lang: lang, website: trap.input.value, fields: fields }))
      })
        .then(function (response) {
          return response.json().then(function (body) {
            return { ok: response.ok, body: body };
          });
        })
        .then(function (answer) {
          if (answer.ok) {
            var done = element("div", { class: "vern-confirmation", role: "status" });
            done.appendChild(element("p", {}, answer.body.message));
            if (answer.body.consent) {
              done.appendChild(element("p", { class: "vern-consent" }, answer.body.consent));
            }
            holder.replaceChildren(done);
          } else if (/origin-not-allowed$/.test(answer.body.type || "")) {
            refused(holder, definition, lang);
          } else {
            show(answer.body);
          }
        })
        .catch(function () {
          show({ detail: definition.texts.failed[lang] });
        })
        .then(function () {
          button.disabled = false;
          button.textContent = definition.texts.submit[lang];
        });
    });

    holder.replaceChildren(form);
    holder.setAttribute("data-vern-ready", "true");
  }

  function start(holder) {
    var lang = language(holder);
    var id = encodeURIComponent(holder.getAttribute("data-vern-form"));
    fetch(base + "/public/forms/" + id, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("form " + id + ": " + response.status);
        return response.json();
      })
      .then(function (definition) {
        if (definition.originAllowed === false) {
          refused(holder, definition, lang);
        } else {
          render(holder, definition, lang);
        }
      })
      .catch(function (error) {
        holder.setAttribute("data-vern-error", "true");
        if (window.console) window.console.warn("Vern form not loaded", error);
      });
  }

  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-vern-form]"), start);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
