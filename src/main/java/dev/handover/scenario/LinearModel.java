package dev.handover.scenario;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A logistic-regression model over {@link NgramFeatures}, trained at build time from the labelled corpus
 * ({@link ModelTrainer}) and read from the classpath: pure Java, deterministic, a few microseconds per message. Only
 * the weights of features seen in training are kept, sorted by feature id, with where each bucket of ids starts.
 */
final class LinearModel {

    private static final int FORMAT = 1;

    /** Feature ids are bucketed by their high bits for the look-up: a few ids per bucket, searched in place. */
    private static final int BUCKET_SHIFT = 6;

    private final int[] features;
    private final float[] weights;
    private final float bias;
    /** Where the ids of each bucket start in {@link #features}; the last entry is the end of the array. */
    private final int[] bucketStarts;

    LinearModel(int[] features, float[] weights, float bias) {
        this.features = features;
        this.weights = weights;
        this.bias = bias;
        this.bucketStarts = new int[(NgramFeatures.DIMENSION >>> BUCKET_SHIFT) + 1];
        int position = 0;
        for (int bucket = 0; bucket < bucketStarts.length; bucket++) {
            while (position < features.length && features[position] >>> BUCKET_SHIFT < bucket) {
                position++;
            }
            bucketStarts[bucket] = position;
        }
    }

    /** The model in {@code /models/<name>.bin}; a build that did not train it is a broken build. */
    static LinearModel load(String name) {
        String resource = "/models/" + name + ".bin";
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + ": the build trains it (ModelTrainer, "
                        + "process-classes); run ./mvnw process-classes");
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != FORMAT) {
                throw new IllegalStateException(resource + " has an unknown format");
            }
            float bias = data.readFloat();
            int size = data.readInt();
            int[] features = new int[size];
            float[] weights = new float[size];
            for (int i = 0; i < size; i++) {
                features[i] = data.readInt();
                weights[i] = data.readFloat();
            }
            return new LinearModel(features, weights, bias);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeFloat(bias);
        data.writeInt(features.length);
        for (int i = 0; i < features.length; i++) {
            data.writeInt(features[i]);
            data.writeFloat(weights[i]);
        }
        data.flush();
    }

    /** The probability that the normalised text belongs to the positive class. */
    double probability(String normalizedText) {
        double score = bias;
        for (int feature : NgramFeatures.of(normalizedText)) {
            int bucket = feature >>> BUCKET_SHIFT;
            int index = Arrays.binarySearch(features, bucketStarts[bucket], bucketStarts[bucket + 1], feature);
            if (index >= 0) {
                score += weights[index];
            }
        }
        return 1 / (1 + Math.exp(-score));
    }
}
