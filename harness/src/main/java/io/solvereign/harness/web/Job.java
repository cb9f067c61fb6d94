package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One background job (solve, audit with re-solve, repair): its state, the progress lines it has
 * reported, and its result or error once it ends. Thread-safe: the worker writes, pollers read.
 */
public final class Job {
    /** A job's state. */
    public enum State {
        /** Waiting for a worker. */
        QUEUED,
        /** Being worked on. */
        RUNNING,
        /** Ended with a result. */
        DONE,
        /** Ended with an error. */
        FAILED
    }

    /** Progress lines kept at most (the newest ones). */
    static final int MAX_PROGRESS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String kind;
    private final String owner;
    private final List<String> progress = new ArrayList<>();
    private State state = State.QUEUED;
    private ObjectNode result;
    private ObjectNode error;

    Job(String id, String kind, String owner) {
        this.id = id;
        this.kind = kind;
        this.owner = owner;
    }

    /** The job's id, e.g. {@code J3}. */
    public String id() {
        return id;
    }

    /** Adds a progress line. */
    public synchronized void progress(String line) {
        if (progress.size() == MAX_PROGRESS) {
            progress.remove(0);
        }
        progress.add(line);
    }

    synchronized void running() {
        state = State.RUNNING;
    }

    synchronized void done(ObjectNode value) {
        result = value;
        state = State.DONE;
    }

    synchronized void failed(String code, String message) {
        error = JSON.createObjectNode().put("code", code).put("message", message);
        state = State.FAILED;
    }

    /** The current state. */
    public synchronized State state() {
        return state;
    }

    /**
     * {@code {"id","kind","owner","state","progress":[..],"result":{..}|null,"error":{"code","message"}|null}};
     * QUEUED reads as RUNNING for pollers.
     */
    public synchronized ObjectNode json() {
        ObjectNode n = JSON.createObjectNode().put("id", id).put("kind", kind).put("owner", owner)
                .put("state", state == State.QUEUED ? State.RUNNING.name() : state.name());
        ArrayNode p = n.putArray("progress");
        progress.forEach(p::add);
        n.set("result", result);
        n.set("error", error);
        return n;
    }
}
