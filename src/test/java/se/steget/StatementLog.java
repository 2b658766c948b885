package se.steget;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the application sends, so that a test can count the
 * statements a page needs. Import it into a test with
 * {@code @Import(StatementLog.class)}.
 */
@TestConfiguration
public class StatementLog implements QueryExecutionListener {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Bean
	static BeanPostProcessor loggedDataSource(StatementLog log) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !beanName.contains("Proxy")) {
					return ProxyDataSourceBuilder.create(dataSource).name("logged").listener(log).build();
				}
				return bean;
			}
		};
	}

	public void clear() {
		this.statements.clear();
	}

	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		queryInfoList.forEach((query) -> this.statements.add(query.getQuery()));
	}

}
