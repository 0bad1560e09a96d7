/**
 * One scene in the story panel: its picture, number, title (renamed in place), note (Markdown, in a
 * textarea) and actions. The item itself is focusable: Alt+↑ / Alt+↓ move it, and it can be dragged.
 */
import { type DragEvent, type KeyboardEvent } from "react";
import type { Scene } from "../../core/story.js";
import { useMessages } from "../i18n.js";

export interface SceneItemProps {
  scene: Scene;
  index: number;
  count: number;
  onRename: (title: string) => void;
  onNote: (note: string) => void;
  onShow: () => void;
  /** Story mode, opening on this scene. */
  onPresent: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onMove: (to: number) => void;
  /** Drag and drop: the index being dragged (or null), and where it would land. */
  dragging: number | null;
  dropAt: number | null;
  onDragStart: () => void;
  onDragOver: (index: number) => void;
  onDrop: () => void;
  onDragEnd: () => void;
}

export function SceneItem(props: SceneItemProps) {
  const { scene, index, count } = props;
  const m = useMessages().story;
  const n = index + 1;

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    // Alt+arrows in a field move its caret's word; on the item they move the scene.
    if (e.target !== e.currentTarget || !e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    props.onMove(e.key === "ArrowUp" ? index - 1 : index + 1);
  };
  const onDragOver = (e: DragEvent<HTMLLIElement>) => {
    if (props.dragging === null) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    const box = e.currentTarget.getBoundingClientRect();
    props.onDragOver(e.clientY < box.top + box.height / 2 ? index : index + 1);
  };

  const cls = ["scene-item", props.dragging === index ? "dragging" : "", props.dropAt === index ? "drop-before" : "", props.dropAt === index + 1 && index === count - 1 ? "drop-after" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <li
      className={cls}
      data-testid="scene-item"
      data-scene-id={scene.id}
      data-index={index}
      tabIndex={0}
      aria-label={m.sceneLabel(n, count, scene.title)}
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        // Only the item itself is dragged, not text selected in its fields.
        if (e.target !== e.currentTarget) return;
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", scene.id);
        props.onDragStart();
      }}
      onDragOver={onDragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
      onDragEnd={props.onDragEnd}
    >
      <div className="scene-thumb" aria-hidden={scene.thumbnail ? undefined : true}>
        {scene.thumbnail ? <img src={scene.thumbnail} alt={m.thumbnailAlt(scene.title)} draggable={false} /> : <span>{m.noThumbnail}</span>}
        <span className="scene-number" aria-hidden="true">
          {n}
        </span>
      </div>
      <div className="scene-fields">
        <input
          className="scene-title"
          data-testid="scene-title"
          lang={scene.lang}
          value={scene.title}
          aria-label={m.sceneTitle(n)}
          onChange={(e) => props.onRename(e.target.value)}
        />
        <textarea
          className="scene-note"
          data-testid="scene-note"
          lang={scene.lang}
          value={scene.note}
          rows={2}
          placeholder={m.notePlaceholder}
          aria-label={m.sceneNote(n)}
          onChange={(e) => props.onNote(e.target.value)}
        />
      </div>
      <div className="scene-actions">
        <button type="button" data-testid="scene-show" title={m.showTitle(n)} aria-label={m.showTitle(n)} onClick={props.onShow}>
          {m.show}
        </button>
        <button type="button" data-testid="scene-present" title={m.presentFrom(n)} aria-label={m.presentFrom(n)} onClick={props.onPresent}>
          <span aria-hidden="true">▶</span>
        </button>
        <button type="button" data-testid="scene-duplicate" title={m.duplicateTitle(n)} aria-label={m.duplicateTitle(n)} onClick={props.onDuplicate}>
          {m.duplicate}
        </button>
        <button type="button" data-testid="scene-delete" title={m.removeTitle(n)} aria-label={m.removeTitle(n)} onClick={props.onDelete}>
          {m.remove}
        </button>
        <span className="scene-move">
          <button type="button" data-testid="scene-up" disabled={index === 0} aria-label={m.moveUp(n)} title={m.moveUp(n)} onClick={() => props.onMove(index - 1)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" data-testid="scene-down" disabled={index === count - 1} aria-label={m.moveDown(n)} title={m.moveDown(n)} onClick={() => props.onMove(index + 1)}>
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      </div>
    </li>
  );
}
