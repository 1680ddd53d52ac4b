/** The bench's bulk loader, now engine code in utils/library/bulk-save.ts (re-exported for the harness page). */
export { bulkSaveArticles } from '../../../utils/library/bulk-save';
