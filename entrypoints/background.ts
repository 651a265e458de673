// Opens the viewer when the toolbar button is clicked. Wiring only.
export default defineBackground(() => {
  browser.action.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/viewer.html') });
  });
});
