// The form opens with the fields of the type it was asked for; this switches them when the officer
// changes the type, without a round trip.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-type-switch]').forEach(function (form) {
    form.querySelectorAll('input[name="type"]').forEach(function (radio) {
      radio.addEventListener('change', function () { form.dataset.type = radio.value; });
    });
  });
});
