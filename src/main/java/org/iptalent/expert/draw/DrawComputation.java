package org.iptalent.expert.draw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The draw itself, from the seed and each requirement's eligible list (ids in ascending order) alone, so that a replay
 * recomputes it exactly: requirement by requirement, the experts not already taken by an earlier requirement, of
 * which {@code count} are selected and up to {@code reserves} more drawn as reserves, in order.
 */
public final class DrawComputation {

    /** One requirement's outcome: the selected experts, then the reserves, in the order drawn. */
    public record Picked(List<Long> selected, List<Long> reserves) {
    }

    /** A requirement that fewer experts can meet than it needs: never drawn short. */
    public record Shortfall(int requirement, int needed, int eligible) {
    }

    public sealed interface Outcome {
    }

    public record Drawn(List<Picked> picks) implements Outcome {
    }

    public record Short(Shortfall shortfall) implements Outcome {
    }

    private DrawComputation() {
    }

    public static Outcome draw(String seed, List<List<Long>> eligible, List<Integer> counts, int reserves) {
        DrawSampler sampler = new DrawSampler(seed);
        Set<Long> taken = new HashSet<>();
        List<Picked> picks = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            List<Long> candidates = eligible.get(i).stream().filter(id -> !taken.contains(id)).toList();
            int count = counts.get(i);
            if (candidates.size() < count) {
                return new Short(new Shortfall(i, count, candidates.size()));
            }
            List<Long> drawn = sampler.pick(candidates, Math.min(candidates.size(), count + reserves));
            taken.addAll(drawn);
            picks.add(new Picked(drawn.subList(0, count), drawn.subList(count, drawn.size())));
        }
        return new Drawn(picks);
    }
}
