// 服务: every service of the app by group. A worker who has not joined sees members' services marked, and a
// tap on one takes them to the join form instead of a page that would refuse them.
import { Grid, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';
import { TabPage } from '../kit/TabPage';
import { serviceGroups, servicesFor } from '../services';

export default function Services() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const services = servicesFor(Boolean(me.data?.member));
  return (
    <TabPage>
      <PageBar>{t('tab.services')}</PageBar>
      {me.data &&
        serviceGroups.map((group) => (
          <section key={group} className="m-section" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`} className="m-section-title">
              {t(`services.group.${group}`)}
            </h2>
            <Grid columns={4} gap={8}>
              {services
                .filter((s) => s.group === group)
                .map((s) => (
                  <Grid.Item key={s.key}>
                    <button
                      type="button"
                      className="m-service"
                      data-testid={`service-${s.key}`}
                      onClick={() => navigate(s.locked ? '/join' : s.path)}
                    >
                      <span className="m-service-icon" aria-hidden="true">
                        {s.icon}
                      </span>
                      <span className="m-service-label">{t(s.label)}</span>
                      {s.locked && (
                        <Tag color="default" fill="outline" className="m-service-lock">
                          {t('services.membersOnly')}
                        </Tag>
                      )}
                    </button>
                  </Grid.Item>
                ))}
            </Grid>
          </section>
        ))}
    </TabPage>
  );
}
