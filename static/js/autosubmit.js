// Submits forms marked data-autosubmit once the page is parsed (the CMI pay page).
// Without JavaScript the form's visible button does the same.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-autosubmit]");
  if (form) {
    form.submit();
  }
});
