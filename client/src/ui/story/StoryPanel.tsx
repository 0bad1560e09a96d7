/**
 * The story panel, opened from `scene-list`: the story's title, its scenes in order (rename, note,
 * show, duplicate, delete with undo, reorder by drag or Alt+↑/↓), and the story's file and link
 * buttons. A popover under the toolbar; a full-width sheet on a phone. Esc closes it.
 */
import { useEffect, useRef, useState } from "react";
import { deleteScene, duplicateScene, addScene, moveScene, newSceneId, renameScene, setSceneNote, setStoryTitle, type Scene } from "../../core/story.js";
import { useMessages } from "../i18n.js";
import { SceneItem } from "./SceneItem.js";
import type { Announce, StoryActions } from "./useStoryActions.js";
import type { StoryStore } from "./useStory.js";

export interface StoryPanelProps {
  store: StoryStore;
  actions: StoryActions;
  announce: Announce;
  onShow: (scene: Scene) => void;
  /** Story mode from the scene at this index. */
  onPresent: (index: number) => void;
  onClose: () => void;
}

export function StoryPanel({ store, actions, announce, onShow, onPresent, onClose }: StoryPanelProps) {
  const m = useMessages().story;
  const { story, change } = store;
  const panel = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [removed, setRemoved] = useState<{ scene: Scene; index: number } | null>(null);
  const focusNext = useRef<string | null>(null);
  const [drag, setDrag] = useState<{ from: number; at: number | null } | null>(null);
  const [link, setLink] = useState("");
  const count = story.scenes.length;

  // In on open; the button that opened the panel gets the focus back (Presenter) when it closes.
  useEffect(() => {
    panel.current?.focus();
  }, []);
  // A press outside the story's tools closes the panel, as a popover does; the view stays usable.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const tools = panel.current?.closest(".story-tools");
      if (tools && !tools.contains(e.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [onClose]);
  // A moved scene keeps the keyboard focus, so Alt+↓ pressed again moves it on.
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    panel.current?.querySelector<HTMLElement>(`[data-scene-id="${CSS.escape(id)}"]`)?.focus();
  }, [story]);

  const move = (from: number, to: number) => {
    const scene = story.scenes[from];
    if (!scene || to < 0 || to >= count || to === from) return;
    change(moveScene(from, to));
    focusNext.current = scene.id;
    announce(m.moved(scene.title, to + 1, count));
  };
  const remove = (index: number) => {
    const scene = story.scenes[index];
    if (!scene) return;
    change(deleteScene(scene.id));
    setRemoved({ scene, index });
    announce(m.deleted(scene.title));
  };
  const undoRemove = () => {
    if (!removed) return;
    // The scene's id may have been given to another since: it gets a fresh one then.
    const taken = story.scenes.some((s) => s.id === removed.scene.id);
    change(addScene(taken ? { ...removed.scene, id: newSceneId(story) } : removed.scene, removed.index));
    announce(m.restored(removed.scene.title));
    setRemoved(null);
  };
  const duplicate = (index: number) => {
    const scene = story.scenes[index];
    if (!scene) return;
    const id = newSceneId(story);
    change(duplicateScene(scene.id, id));
    focusNext.current = id;
    announce(m.duplicated(index + 1));
  };
  const drop = () => {
    if (drag && drag.at !== null) move(drag.from, drag.at > drag.from ? drag.at - 1 : drag.at);
    setDrag(null);
  };

  return (
    <div
      ref={panel}
      id="story-panel"
      className="story-panel"
      data-testid="story-panel"
      role="dialog"
      aria-labelledby="story-panel-heading"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="story-head">
        <h2 id="story-panel-heading">{m.panelLabel}</h2>
        <button type="button" className="icon-button" data-testid="story-close" aria-label={m.close} title={m.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <label className="story-title-field">
        <span>{m.storyTitle}</span>
        <input data-testid="story-title" value={story.title} placeholder={m.storyTitlePlaceholder} onChange={(e) => change(setStoryTitle(e.target.value))} />
      </label>
      <div className="story-files">
        <button type="button" data-testid="story-save" title={m.saveTitle} onClick={actions.save}>
          {m.save}
        </button>
        <button type="button" data-testid="story-open" title={m.openTitle} onClick={() => fileInput.current?.click()}>
          {m.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-label={m.openTitle}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void actions.openFile(file);
          }}
        />
        <button
          type="button"
          data-testid="story-link"
          data-link={link || undefined}
          title={m.linkTitle}
          disabled={count === 0}
          onClick={() => void actions.copyLink().then(setLink)}
        >
          {m.link}
        </button>
      </div>
      {link && (
        <label className="story-link-field">
          <span className="sr-only">{m.linkField}</span>
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {removed && (
        <p className="story-undo" data-testid="story-undo-bar">
          <span>{m.deleted(removed.scene.title)}</span>
          <button type="button" data-testid="story-undo" onClick={undoRemove}>
            {m.undoDelete}
          </button>
        </p>
      )}
      {count === 0 ? (
        <p className="story-empty">{m.empty}</p>
      ) : (
        <>
          <p className="story-hint" id="story-reorder-hint">
            {m.reorderHint}
          </p>
          <ol className="scene-items" aria-describedby="story-reorder-hint" onDragLeave={(e) => e.currentTarget === e.target && drag && setDrag({ ...drag, at: null })}>
            {story.scenes.map((scene, i) => (
              <SceneItem
                key={scene.id}
                scene={scene}
                index={i}
                count={count}
                onRename={(title) => change(renameScene(scene.id, title))}
                onNote={(note) => change(setSceneNote(scene.id, note))}
                onShow={() => onShow(scene)}
                onPresent={() => onPresent(i)}
                onDuplicate={() => duplicate(i)}
                onDelete={() => remove(i)}
                onMove={(to) => move(i, to)}
                dragging={drag?.from ?? null}
                dropAt={drag?.at ?? null}
                onDragStart={() => setDrag({ from: i, at: null })}
                onDragOver={(at) => drag && drag.at !== at && setDrag({ ...drag, at })}
                onDrop={drop}
                onDragEnd={() => setDrag(null)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
