// Opens the browser's print dialogue from a button marked data-print-page (no inline script under the CSP).
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-print-page]').forEach(button => {
        button.addEventListener('click', () => window.print());
    });
});
