/** Side panel (and its pop-out tab, `sidepanel.html?tab=<id>`): wiring only. */
import { render } from 'preact';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { browserPanelClient } from '../../extension/panel-client';
import '../../components/sidebar/sidebar.css';

const param = new URLSearchParams(location.search).get('tab');
const pinned = param !== null && /^\d+$/.test(param) ? Number(param) : null;
render(<SidebarApp client={browserPanelClient()} pinnedTabId={pinned} />, document.getElementById('app')!);
