// The household plan: kept in this browser (localStorage "beacon-plan"), and for signed-in
// readers on their account too (/api/plan.json). Changes made in the browser that the account
// has not seen yet (made before signing in, or offline) are handed over to the account; otherwise
// the account's copy wins. The shape is checked again by the server (readiness/plan_schema.py).
(function () {
  "use strict";

  var form = document.querySelector("[data-plan-form]");
  if (!form) { return; }
  var data = JSON.parse(document.getElementById("plan-data").textContent);
  var KEY = "beacon-plan";
  var list = form.querySelector("[data-members]");
  var template = document.querySelector("[data-member-template]");
  var status = form.querySelector("[data-plan-status]");
  var printForm = document.querySelector("[data-plan-print]");
  var TEXT_FIELDS = Array.prototype.map.call(form.querySelectorAll("input[id^=plan-]"), function (input) { return input.name; });
  var memberCount = 0;
  var pushTimer = null;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || null; } catch (e) { return null; }
  }

  function store(record) {
    try { localStorage.setItem(KEY, JSON.stringify(record)); } catch (e) { /* storage full or blocked */ }
  }

  function addMember(member) {
    if (list.children.length >= data.maxMembers) { return; }
    var item = template.content.firstElementChild.cloneNode(true);
    memberCount += 1;
    item.querySelectorAll("[data-field]").forEach(function (input) {
      input.id = "member-" + memberCount + "-" + input.dataset.field;
      input.value = (member && member[input.dataset.field]) || (input.tagName === "SELECT" ? "adult" : "");
    });
    item.querySelectorAll("label[data-for]").forEach(function (label) {
      label.htmlFor = "member-" + memberCount + "-" + label.dataset.for;
    });
    item.querySelectorAll("[data-need]").forEach(function (box) {
      box.checked = !!(member && member.needs && member.needs.indexOf(box.dataset.need) !== -1);
    });
    item.querySelector("[data-remove-member]").addEventListener("click", function () {
      item.remove();
      changed();
    });
    list.appendChild(item);
  }

  function collect() {
    var plan = { version: 1, members: [], kit: {}, actions: {} };
    TEXT_FIELDS.forEach(function (name) { plan[name] = form.elements[name].value; });
    list.querySelectorAll("li").forEach(function (item) {
      var member = { needs: [] };
      item.querySelectorAll("[data-field]").forEach(function (input) { member[input.dataset.field] = input.value; });
      item.querySelectorAll("[data-need]:checked").forEach(function (box) { member.needs.push(box.dataset.need); });
      plan.members.push(member);
    });
    form.querySelectorAll("input[name=kit]:checked").forEach(function (box) { plan.kit[box.value] = true; });
    form.querySelectorAll("input[type=radio][name^='action-']:checked").forEach(function (radio) {
      if (radio.value) { plan.actions[radio.name.slice(7)] = radio.value; }
    });
    return plan;
  }

  function fill(plan) {
    list.innerHTML = "";
    TEXT_FIELDS.forEach(function (name) { form.elements[name].value = plan[name] || ""; });
    (plan.members || []).forEach(addMember);
    form.querySelectorAll("input[name=kit]").forEach(function (box) { box.checked = !!(plan.kit && plan.kit[box.value]); });
    form.querySelectorAll("input[type=radio][name^='action-']").forEach(function (radio) {
      radio.checked = ((plan.actions || {})[radio.name.slice(7)] || "") === radio.value;
    });
    sizeKit(plan);
  }

  // The same rule as readiness/preparedness.py, with its figures handed over as data.
  function sizeKit(plan) {
    var people = Math.max(1, plan.members.filter(function (m) { return m.kind !== "pet"; }).length);
    document.querySelector("[data-kit-people]").textContent = people.toLocaleString(document.documentElement.lang);
    document.querySelectorAll("[data-kit-amount]").forEach(function (cell) {
      var perDay = data.kit.perPersonDay[cell.dataset.kitAmount];
      var amount = Math.ceil(Math.round(perDay * people * data.kit.days * 100) / 10) / 10;
      cell.textContent = amount.toLocaleString(document.documentElement.lang);
    });
  }

  function say(key) { status.textContent = status.dataset[key]; }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? match[1] : printForm.elements.csrfmiddlewaretoken.value;
  }

  function pushToAccount(record) {
    return fetch("/api/plan.json", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(record.plan),
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      record.synced = true;
      store(record);
      say("savedAccount");
    }).catch(function () { say("saveFailed"); });
  }

  function changed() {
    var record = { plan: collect(), account: data.account, synced: false };
    sizeKit(record.plan);
    store(record);
    say("savedLocal");
    if (data.signedIn) {
      clearTimeout(pushTimer);
      pushTimer = setTimeout(function () { pushToAccount(record); }, 800);
    }
  }

  function start() {
    var local = load();
    if (local && local.account && local.account !== data.account) {
      local = null; // another account's plan: never shown to this one
    }
    fill(local ? local.plan : collect());
    if (!data.signedIn) { return; }
    fetch("/api/plan.json", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer) { return; }
        if (local && !local.synced) {
          local.account = data.account;
          pushToAccount(local);
        } else if (answer.plan) {
          store({ plan: answer.plan, account: data.account, synced: true });
          fill(answer.plan);
        }
      })
      .catch(function () { /* offline: the browser's copy stays */ });
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.querySelector("[data-add-member]").addEventListener("click", function () {
    addMember(null);
    changed();
    list.lastElementChild.querySelector("input").focus();
  });
  printForm.addEventListener("submit", function () {
    printForm.elements.plan.value = JSON.stringify(collect());
    printForm.elements.csrfmiddlewaretoken.value = csrfToken();
  });
  document.querySelector("[data-plan-clear]").addEventListener("click", function (event) {
    if (!window.confirm(event.target.dataset.confirm)) { return; }
    try { localStorage.removeItem(KEY); } catch (e) { /* storage blocked */ }
    fill({ members: [], kit: {}, actions: {} });
  });
  start();
})();
