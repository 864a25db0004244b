import type { MenuItem } from '../run/runContext';
import { clear, el } from './dom';

/** The menu bar built from what onOpen registered (Ui.createMenu / createAddonMenu ... addToUi). */

export interface RegisteredMenu {
  name: string;
  items: MenuItem[];
}

export function renderMenuBar(
  bar: HTMLElement,
  menus: RegisteredMenu[],
  onChoose: (functionName: string, caption: string) => void,
  whyNone = 'No add-on menu: onOpen registered none.',
): void {
  clear(bar);
  if (menus.length === 0) bar.append(el('span', { className: 'menu-empty', text: whyNone }));
  for (const menu of menus) bar.append(renderMenu(menu, onChoose));
}

function renderMenu(menu: RegisteredMenu, onChoose: (functionName: string, caption: string) => void): HTMLElement {
  const list = renderList(menu.items, menu.name, onChoose);
  const button = el('button', { type: 'button', className: 'menu-button', 'aria-haspopup': 'true', 'aria-expanded': 'false', text: menu.name });
  const wrapper = el('div', { className: 'menu' }, [button, list]);
  button.addEventListener('click', () => (list.hidden ? openList(button, list) : closeAllMenus()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openList(button, list);
    }
  });
  return wrapper;
}

function renderList(items: MenuItem[], label: string, onChoose: (functionName: string, caption: string) => void): HTMLUListElement {
  const list = el('ul', { className: 'menu-list', role: 'menu', 'aria-label': label });
  list.hidden = true;
  for (const item of items) list.append(renderItem(item, onChoose));
  list.addEventListener('keydown', (event) => moveFocus(event, list));
  return list;
}

function renderItem(item: MenuItem, onChoose: (functionName: string, caption: string) => void): HTMLLIElement {
  if ('separator' in item) return el('li', { role: 'separator', className: 'menu-separator' });
  if ('subMenu' in item) {
    const subList = renderList(item.items, item.subMenu, onChoose);
    const button = el('button', { type: 'button', role: 'menuitem', className: 'menu-item', 'aria-haspopup': 'true', 'aria-expanded': 'false', text: item.subMenu });
    const open = () => openList(button, subList, false);
    button.addEventListener('click', open);
    button.addEventListener('mouseenter', open);
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight') {
        event.preventDefault();
        event.stopPropagation();
        openList(button, subList);
      }
    });
    subList.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft' || event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeList(button, subList);
        button.focus();
      }
    });
    return el('li', { role: 'none' }, [button, subList]);
  }
  const button = el('button', { type: 'button', role: 'menuitem', className: 'menu-item', text: item.caption });
  button.addEventListener('click', () => {
    closeAllMenus();
    onChoose(item.functionName, item.caption);
  });
  button.addEventListener('mouseenter', () => closeSiblingSubMenus(button));
  return el('li', { role: 'none' }, [button]);
}

function openList(button: HTMLElement, list: HTMLUListElement, focusFirst = true): void {
  closeSiblingSubMenus(button);
  if (button.classList.contains('menu-button')) closeAllMenus();
  list.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  if (focusFirst) list.querySelector<HTMLElement>(':scope > li > [role="menuitem"]')?.focus();
}

function closeList(button: HTMLElement, list: HTMLUListElement): void {
  list.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  list.querySelectorAll('.menu-list').forEach((inner) => ((inner as HTMLElement).hidden = true));
}

/** Closes the other open submenus of the list this button is in. */
function closeSiblingSubMenus(button: HTMLElement): void {
  const list = button.closest('li')?.parentElement;
  list?.querySelectorAll<HTMLUListElement>(':scope > li > .menu-list').forEach((sub) => {
    if (sub.previousElementSibling !== button) closeList(sub.previousElementSibling as HTMLElement, sub);
  });
}

export function closeAllMenus(): void {
  document.querySelectorAll<HTMLUListElement>('.menubar .menu-list').forEach((list) => (list.hidden = true));
  document.querySelectorAll('.menubar [aria-expanded="true"]').forEach((button) => button.setAttribute('aria-expanded', 'false'));
}

function moveFocus(event: KeyboardEvent, list: HTMLUListElement): void {
  const items = Array.from(list.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]'));
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(index + step + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    const topButton = list.closest('.menu')?.querySelector<HTMLElement>('.menu-button');
    closeAllMenus();
    topButton?.focus();
  }
}
