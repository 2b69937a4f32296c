import { startEditor } from './client.ts';

void startEditor(document);
