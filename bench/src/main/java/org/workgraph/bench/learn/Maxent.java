package org.workgraph.bench.learn;

import java.io.IOException;
import java.util.List;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The one way the studies train a model: OpenNLP's maximum-entropy trainer (L-BFGS with an L2 penalty), every feature
 * kept (cutoff 1), one thread so that a run repeats exactly. The header, mention and act studies differ only in their
 * events, iterations and penalty.
 */
final class Maxent {

    private Maxent() {}

    static AbstractModel train(List<Event> events, int iterations, double l2) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("L2Cost", l2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
    }
}
