import {note} from '../dom.js';
export async function render(root) { root.append(note('network: not yet')); }
