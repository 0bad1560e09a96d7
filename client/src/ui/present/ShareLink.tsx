/** The `share-link` button: copies the link to the view on screen (owned by the exact-views work). */
export function ShareLink() {
  return null;
}
