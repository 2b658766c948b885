package se.steget.evaluation;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The propensity score: a logistic regression of taking part on the covariates, fitted by
 * maximum likelihood with Newton's method (iteratively reweighted least squares), which
 * reaches the exact fit in a few steps. The covariates are standardised inside, which
 * changes no score, and a tiny ridge keeps the fit finite when a covariate separates the
 * groups completely.
 */
final class PropensityModel {

	private static final double RIDGE = 1e-6;

	private static final int MAX_STEPS = 50;

	private static final double CONVERGED = 1e-9;

	private final double[] means;

	private final double[] scales;

	private final double[] coefficients;

	private PropensityModel(double[] means, double[] scales, double[] coefficients) {
		this.means = means;
		this.scales = scales;
		this.coefficients = coefficients;
	}

	/** Fits the model to everyone, participants and comparison group together. */
	static PropensityModel fit(List<MatchUnit> units) {
		int columns = units.get(0).covariates().length;
		double[] means = new double[columns];
		double[] scales = new double[columns];
		for (int j = 0; j < columns; j++) {
			double[] column = column(units, j);
			means[j] = new Mean().evaluate(column);
			double sd = new StandardDeviation().evaluate(column);
			scales[j] = (sd > 0) ? sd : 1;
		}
		PropensityModel start = new PropensityModel(means, scales, new double[columns + 1]);
		return start.newton(units);
	}

	/** The log-odds of taking part for covariates in the model's order. */
	double logit(double[] covariates) {
		double[] x = standardised(covariates);
		double eta = 0;
		for (int j = 0; j < x.length; j++) {
			eta += this.coefficients[j] * x[j];
		}
		return eta;
	}

	private PropensityModel newton(List<MatchUnit> units) {
		double[] beta = this.coefficients.clone();
		for (int step = 0; step < MAX_STEPS; step++) {
			RealMatrix hessian = new Array2DRowRealMatrix(beta.length, beta.length);
			RealVector gradient = new ArrayRealVector(beta.length);
			for (MatchUnit unit : units) {
				double[] x = standardised(unit.covariates());
				double p = 1 / (1 + Math.exp(-dot(beta, x)));
				double weight = p * (1 - p);
				double residual = (unit.treated() ? 1 : 0) - p;
				for (int i = 0; i < x.length; i++) {
					gradient.addToEntry(i, residual * x[i]);
					for (int k = 0; k < x.length; k++) {
						hessian.addToEntry(i, k, weight * x[i] * x[k]);
					}
				}
			}
			for (int i = 1; i < beta.length; i++) {
				gradient.addToEntry(i, -RIDGE * beta[i]);
				hessian.addToEntry(i, i, RIDGE);
			}
			RealVector change = new LUDecomposition(hessian).getSolver().solve(gradient);
			for (int i = 0; i < beta.length; i++) {
				beta[i] += change.getEntry(i);
			}
			if (change.getLInfNorm() < CONVERGED) {
				break;
			}
		}
		return new PropensityModel(this.means, this.scales, beta);
	}

	/** An intercept term, then each covariate centred and scaled. */
	private double[] standardised(double[] covariates) {
		double[] x = new double[covariates.length + 1];
		x[0] = 1;
		for (int j = 0; j < covariates.length; j++) {
			x[j + 1] = (covariates[j] - this.means[j]) / this.scales[j];
		}
		return x;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static double[] column(List<MatchUnit> units, int j) {
		return units.stream().mapToDouble((u) -> u.covariates()[j]).toArray();
	}

}
