import { render } from 'preact'; render(<p>Corroborate</p>, document.getElementById('app')!);
