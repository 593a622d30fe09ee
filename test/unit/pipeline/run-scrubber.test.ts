// The run's scrubber knows every secret of the environment and every credential a client section of
// the config holds, and nothing else.
import { describe, expect, it } from 'vitest';
import { parsePipelineConfig, type ResolvedPipelineConfig } from '../../../src/pipeline/config.js';
import { runScrubber } from '../../../src/pipeline/run-scrubber.js';
import { readSecrets } from '../../../src/pipeline/secrets.js';

describe('runScrubber', () => {
  it('masks every secret the environment holds, the database password on its own too', () => {
    const secrets = readSecrets({
      KAKAO_REST_API_KEY: 'kakao-env-key',
      SARAMIN_ACCESS_KEY: 'saramin-env-key',
      OHMYSTACK_DATABASE_URL: 'postgres://app:db-pass-77@db/jobs',
      AWS_SECRET_ACCESS_KEY: 'aws-env-secret',
      AWS_SESSION_TOKEN: 'aws-env-token',
      ODSAY_API_KEY: 'odsay-env-key',
      KAKAO_MOBILITY_API_KEY: 'mobility-env-key',
      HOME: '/home/someone',
    });
    const scrubber = runScrubber(parsePipelineConfig({}), secrets);
    expect(
      scrubber.scrub(
        'kakao-env-key saramin-env-key db-pass-77 aws-env-secret aws-env-token odsay-env-key mobility-env-key /home/someone',
      ),
    ).toBe('*** *** *** *** *** *** *** /home/someone');
  });

  it('masks credentials a client section of the config holds, however deep', () => {
    const config = {
      ...parsePipelineConfig({ lake: { s3: { bucket: 'lake-bucket' } } }),
      lake: {
        s3: {
          bucket: 'lake-bucket',
          client: { credentials: { accessKeyId: 'AKIACONFIG', secretAccessKey: 'config-secret' } },
        },
      },
      athena: { database: 'jobs', sessionToken: 'config-token' },
    } as unknown as ResolvedPipelineConfig;
    const scrubber = runScrubber(config, {});
    expect(scrubber.scrub('AKIACONFIG config-secret config-token lake-bucket jobs')).toBe(
      '*** *** *** lake-bucket jobs',
    );
  });
});
