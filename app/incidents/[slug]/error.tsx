'use client';

import { IncidentError } from '@/components/incident/IncidentError';

export default IncidentError;
